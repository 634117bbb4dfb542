#!/usr/bin/env python3
"""A small WebSocket client (Python stdlib only) for the deployment tests.

Usage: wsclient.py ws[s]://HOST:PORT/ws[?query] [--origin URL] [--cafile PEM] [--close]
Reads one JSON frame per line from stdin; sends each and prints every frame the server answers
(one JSON text per line) up to and including the turn's closing frame (your-turn, ended, error,
or observing for an observer).
At the end of input the TCP connection is dropped without a close frame, as a learner's lost
network would; with --close it says goodbye properly (close frame 1000).
"""
import argparse
import base64
import hashlib
import json
import os
import socket
import ssl
import struct
import sys
from urllib.parse import urlsplit

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
CLOSING = {"your-turn", "ended", "error", "observing"}


class HandshakeRefused(RuntimeError):
    def __init__(self, status, line):
        super().__init__(f"handshake refused: {line}")
        self.status = status


class WebSocket:
    def __init__(self, url, timeout=10.0, source=None, origin=None, cafile=None):
        parts = urlsplit(url)
        path = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        secure = parts.scheme == "wss"
        self.sock = socket.create_connection((parts.hostname, parts.port or (443 if secure else 80)), timeout=timeout,
                                             source_address=(source, 0) if source else None)
        if secure:  # the certificate is verified, against cafile when given
            context = ssl.create_default_context(cafile=cafile)
            self.sock = context.wrap_socket(self.sock, server_hostname=parts.hostname)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
                   "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                   "Sec-WebSocket-Protocol: rehearse.v1\r\n"
                   + (f"Origin: {origin}\r\n" if origin else "") + "\r\n")
        self.sock.sendall(request.encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self._recv()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        self.status = int(lines[0].split()[1])
        if self.status != 101:
            raise HandshakeRefused(self.status, lines[0])
        headers = {k.strip().lower(): v.strip() for k, v in (l.split(":", 1) for l in lines[1:] if ":" in l)}
        expected = base64.b64encode(hashlib.sha1((key + GUID).encode()).digest()).decode()
        if headers.get("sec-websocket-accept") != expected:
            raise RuntimeError(f"bad Sec-WebSocket-Accept: {headers}")

    def _recv(self):
        data = self.sock.recv(65536)
        if not data:
            raise RuntimeError("connection closed by the server")
        return data

    def _read(self, count):
        while len(self.buffer) < count:
            self.buffer += self._recv()
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def send(self, opcode, payload):
        mask = os.urandom(4)
        header = bytes([0x80 | opcode])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 65536:
            header += bytes([0x80 | 126]) + struct.pack("!H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", len(payload))
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def receive_text(self):
        """The next text message; answers pings, assembles fragments, fails on close."""
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._read(8))[0]
            payload = self._read(length)
            opcode = first & 0x0F
            if opcode == 0x9:
                self.send(0xA, payload)
            elif opcode == 0x8:
                raise RuntimeError(f"closed by the server: {payload!r}")
            elif opcode in (0x0, 0x1):
                message += payload
                if first & 0x80:
                    return message.decode("utf-8")

    def close(self, polite):
        if polite:
            self.send(0x8, struct.pack("!H", 1000))
        self.sock.close()


def main():
    parser = argparse.ArgumentParser(description="Send JSON frames from stdin, print the answers.")
    parser.add_argument("url")
    parser.add_argument("--origin", help="an Origin header, as a browser sends")
    parser.add_argument("--cafile", help="trust this certificate (PEM) for wss")
    parser.add_argument("--close", action="store_true", help="end with a close frame instead of dropping")
    args = parser.parse_args()
    ws = WebSocket(args.url, origin=args.origin, cafile=args.cafile)
    for line in sys.stdin:
        if not line.strip():
            continue
        ws.send(0x1, line.strip().encode("utf-8"))
        while True:
            text = ws.receive_text()
            print(text, flush=True)
            if json.loads(text).get("type") in CLOSING:
                break
    ws.close(polite=args.close)


if __name__ == "__main__":
    main()
