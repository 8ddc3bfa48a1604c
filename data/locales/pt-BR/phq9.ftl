# Source: PHQ-9, Portuguese for Brazil (Pfizer; phqscreeners.com; adaptation Fraguas Jr. et al.),
# items and answer options as reproduced in Brazilian clinical sources; the «/a» forms are the
# published ones and also avoid guessing the person's gender. The question stem before each item
# is the bot's own short wording, not the published instruction.
phq9-title = o questionário de humor PHQ-9
phq9-description = O PHQ-9 pergunta com que frequência algumas coisas incomodaram você nas últimas 2 semanas. Não há respostas certas. Toque num botão ou digite um número de 0 a 3.
phq9-intro-say = O PHQ-9 pergunta com que frequência algumas coisas incomodaram você nas últimas 2 semanas. Começa com duas perguntas; as outras sete vêm se suas respostas indicarem que vale a pena fazê-las. Não há respostas certas. Toque num botão ou digite um número de 0 a 3.
phq9-going_on-say = Obrigado. Mais sete perguntas como estas, e depois mostro o que suas respostas somam.
phq9-done-say = Obrigado por responder. Seus resultados ficam guardados com seus check-ins; /export entrega todos eles.
phq9-item_1-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (1 de 9)

    Pouco interesse ou pouco prazer em fazer as coisas
phq9-item_1-option-0 = Nenhuma vez
phq9-item_1-option-1 = Vários dias
phq9-item_1-option-2 = Mais da metade dos dias
phq9-item_1-option-3 = Quase todos os dias
phq9-item_2-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (2 de 9)

    Se sentir “para baixo”, deprimido/a ou sem perspectiva
phq9-item_2-option-0 = Nenhuma vez
phq9-item_2-option-1 = Vários dias
phq9-item_2-option-2 = Mais da metade dos dias
phq9-item_2-option-3 = Quase todos os dias
phq9-item_3-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (3 de 9)

    Dificuldade para pegar no sono ou permanecer dormindo, ou dormir mais do que de costume
phq9-item_3-option-0 = Nenhuma vez
phq9-item_3-option-1 = Vários dias
phq9-item_3-option-2 = Mais da metade dos dias
phq9-item_3-option-3 = Quase todos os dias
phq9-item_4-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (4 de 9)

    Se sentir cansado/a ou com pouca energia
phq9-item_4-option-0 = Nenhuma vez
phq9-item_4-option-1 = Vários dias
phq9-item_4-option-2 = Mais da metade dos dias
phq9-item_4-option-3 = Quase todos os dias
phq9-item_5-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (5 de 9)

    Falta de apetite ou comendo demais
phq9-item_5-option-0 = Nenhuma vez
phq9-item_5-option-1 = Vários dias
phq9-item_5-option-2 = Mais da metade dos dias
phq9-item_5-option-3 = Quase todos os dias
phq9-item_6-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (6 de 9)

    Se sentir mal consigo mesmo/a ou achar que você é um fracasso ou que decepcionou sua família ou você mesmo/a
phq9-item_6-option-0 = Nenhuma vez
phq9-item_6-option-1 = Vários dias
phq9-item_6-option-2 = Mais da metade dos dias
phq9-item_6-option-3 = Quase todos os dias
phq9-item_7-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (7 de 9)

    Dificuldade para se concentrar nas coisas, como ler o jornal ou ver televisão
phq9-item_7-option-0 = Nenhuma vez
phq9-item_7-option-1 = Vários dias
phq9-item_7-option-2 = Mais da metade dos dias
phq9-item_7-option-3 = Quase todos os dias
phq9-item_8-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (8 de 9)

    Lentidão para se movimentar ou falar, a ponto das outras pessoas perceberem? Ou o oposto: estar tão agitado/a ou irrequieto/a que você fica andando de um lado para o outro muito mais do que de costume
phq9-item_8-option-0 = Nenhuma vez
phq9-item_8-option-1 = Vários dias
phq9-item_8-option-2 = Mais da metade dos dias
phq9-item_8-option-3 = Quase todos os dias
phq9-item_9-say =
    Nas últimas 2 semanas, com que frequência isto incomodou você? (9 de 9)

    Pensar em se ferir de alguma maneira ou que seria melhor estar morto/a
phq9-item_9-option-0 = Nenhuma vez
phq9-item_9-option-1 = Vários dias
phq9-item_9-option-2 = Mais da metade dos dias
phq9-item_9-option-3 = Quase todos os dias
