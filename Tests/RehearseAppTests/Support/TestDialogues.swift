/// Small dialogues written for the tests, independent of the library in `Dialogues/`.
enum TestDialogues {
    static let practice = """
    id: oefen
    title: Oefenen met open vragen
    summary: Marieke komt met een idee voor het dorpsplein.
    skills: [question]
    persona: { name: Marieke, role: initiatiefnemer }
    start: begin
    variables: { vertrouwen: 0 }
    states:
      begin:
        say: Goedemiddag. Ik kom over ons idee voor het dorpsplein.
        on:
          - when: { question: closed }
            say: [Ja., Nee hoor., Misschien.]
          - when: { question: open }
            set: { vertrouwen: +1 }
            goto: idee
          - else:
            say: Wat wilt u precies weten?
      idee:
        say: We willen een moestuin op het plein, voor jong en oud.
        options:
          - { id: budget, text: "Hoe wilt u het betalen?", goto: geld }
          - { id: stop, text: "Dank u, ik neem contact op.", goto: einde }
        on:
          - else:
            say: Zullen we het over het geld hebben?
      geld:
        say: Daar hoopten we op uw hulp.
        goto: einde
      einde:
        say: Fijn dat u luisterde.
        end: true
    reflection:
      - { id: goed, ask: Wat ging er goed? }
      - { id: anders, ask: Wat zou je de volgende keer anders doen? }
    """
}
