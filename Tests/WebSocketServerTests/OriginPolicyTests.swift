@testable import WebSocketServer
import XCTest

final class OriginPolicyTests: XCTestCase {
    func testOwnAddressesOnPlainHTTP() {
        let policy = OriginPolicy(listenHost: "0.0.0.0", port: 8080, tls: false, trustProxy: false, allowedOrigins: [])
        XCTAssertTrue(policy.allows(origin: nil, hostHeader: nil))
        XCTAssertTrue(policy.allows(origin: "http://localhost:8080", hostHeader: nil))
        XCTAssertTrue(policy.allows(origin: "http://[::1]:8080", hostHeader: nil))
        XCTAssertTrue(policy.allows(origin: "http://oefen.local:8080", hostHeader: "oefen.local:8080"))
        XCTAssertFalse(policy.allows(origin: "https://localhost:8080", hostHeader: nil), "scheme must match")
        XCTAssertFalse(policy.allows(origin: "http://localhost:8081", hostHeader: nil))
        XCTAssertFalse(policy.allows(origin: "http://localhost", hostHeader: nil), "port 80 is another origin")
        XCTAssertFalse(policy.allows(origin: "http://evil.example:8080", hostHeader: "oefen.local:8080"))
    }

    func testDefaultPortAndTLS() {
        let policy = OriginPolicy(listenHost: "oefenen.example.nl", port: 443, tls: true, trustProxy: false, allowedOrigins: [])
        XCTAssertTrue(policy.allows(origin: "https://oefenen.example.nl", hostHeader: nil))
        XCTAssertTrue(policy.allows(origin: "https://oefenen.example.nl:443", hostHeader: nil))
        XCTAssertFalse(policy.allows(origin: "http://oefenen.example.nl", hostHeader: nil))
    }

    func testTrustedProxyAcceptsEitherScheme() {
        let policy = OriginPolicy(listenHost: "127.0.0.1", port: 8080, tls: false, trustProxy: true, allowedOrigins: [])
        XCTAssertTrue(policy.allows(origin: "https://oefenen.example.nl", hostHeader: "oefenen.example.nl"))
        XCTAssertFalse(policy.allows(origin: "https://elders.example.nl", hostHeader: "oefenen.example.nl"))
    }

    func testListedOriginsAreNormalised() {
        let policy = OriginPolicy(listenHost: "127.0.0.1", port: 8080, tls: false, trustProxy: false,
                                  allowedOrigins: ["https://Oefenen.Example.nl/"])
        XCTAssertTrue(policy.allows(origin: "https://oefenen.example.nl", hostHeader: nil))
        XCTAssertFalse(policy.allows(origin: "https://oefenen.example.nl.evil.com", hostHeader: nil))
    }
}
