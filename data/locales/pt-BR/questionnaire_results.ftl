# O que a pontuação do PHQ-9, do GAD-7 e do WHO-5 quer dizer, em palavras simples.
# As «-summary» aparecem ao lado do gráfico e numa lista: ficam curtas como no inglês.
data-questionnaires-gad7-mild-meaning = Isso fica na faixa leve: alguma preocupação. Exercícios de aterramento podem ajudar, e vale responder de novo daqui a duas semanas.
data-questionnaires-gad7-mild-summary = leve: alguma preocupação
data-questionnaires-gad7-minimal-meaning = Isso fica na faixa mais baixa: pouca ou nenhuma preocupação incomodando você nas últimas duas semanas.
data-questionnaires-gad7-minimal-summary = pouca preocupação
data-questionnaires-gad7-moderate-meaning = Isso fica na faixa moderada. Valeria a pena conversar com um médico ou terapeuta sobre a preocupação; /gethelp ajuda você a descobrir por onde começar.
data-questionnaires-gad7-moderate-summary = moderado: vale falar com um médico
data-questionnaires-gad7-severe-meaning = Isso fica na faixa grave. Por favor, converse com um médico em breve sobre como você tem se sentido; /gethelp ajuda você a descobrir por onde começar.
data-questionnaires-gad7-severe-summary = grave: fale com um médico logo
data-questionnaires-gad7-short_form-below = Isso fica abaixo da pontuação (3) a partir da qual normalmente se faz o GAD-7 completo: pouca preocupação nas últimas duas semanas.
data-questionnaires-phq9-mild-meaning = Isso fica na faixa leve: alguns sinais de desânimo. Check-ins e pequenos passos podem ajudar, e vale responder de novo daqui a duas semanas.
data-questionnaires-phq9-mild-summary = leve: alguns sinais de desânimo
data-questionnaires-phq9-minimal-meaning = Isso fica na faixa mais baixa: poucos ou nenhum sinal de desânimo nas últimas duas semanas.
data-questionnaires-phq9-minimal-summary = poucos sinais de desânimo
data-questionnaires-phq9-moderate-meaning = Isso fica na faixa moderada. Valeria a pena conversar com um médico ou terapeuta sobre como você tem estado; /gethelp ajuda você a descobrir por onde começar.
data-questionnaires-phq9-moderate-summary = moderado: vale falar com um médico
data-questionnaires-phq9-moderately_severe-meaning = Isso fica na faixa moderadamente grave. Por favor, converse com um médico em breve sobre como você tem se sentido; /gethelp ajuda você a descobrir por onde começar.
data-questionnaires-phq9-moderately_severe-summary = moderadamente grave: médico logo
data-questionnaires-phq9-severe-meaning = Isso fica na faixa grave. Por favor, procure um médico em breve por causa de como você tem se sentido. Se as coisas estiverem pesadas demais, /sos mostra pessoas com quem você pode conversar agora mesmo.
data-questionnaires-phq9-severe-summary = grave: procure um médico logo
data-questionnaires-phq9-short_form-below = Isso fica abaixo da pontuação (3) a partir da qual normalmente se faz o PHQ-9 completo: poucos sinais de desânimo nas últimas duas semanas.
data-questionnaires-who5-good-meaning = Isso fica em 50 ou mais, a faixa habitual de bem-estar. Uma mudança de 10 pontos ou mais de uma vez para outra merece ser notada.
data-questionnaires-who5-good-summary = a faixa habitual
data-questionnaires-who5-low-meaning = Isso está baixo: um bem-estar de 28 ou menos é motivo para conversar com um médico sobre como você tem estado. O PHQ-9 pode ajudar você a colocar isso em palavras antes.
data-questionnaires-who5-low-summary = baixo: vale falar com um médico
data-questionnaires-who5-lowered-meaning = Isso fica abaixo de 50, onde vale olhar o humor mais de perto. O PHQ-9 pergunta sobre isso.
data-questionnaires-who5-lowered-summary = abaixo de 50: vale olhar mais de perto
