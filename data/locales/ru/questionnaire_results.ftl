# Что означает результат PHQ-9, GAD-7 и WHO-5 (data-questionnaires-…).
# -meaning идёт после «Твой результат по …: N из M.»; -summary — несколько слов рядом
# с графиком и в скобках в /progress.

data-questionnaires-gad7-mild-meaning =
    Это лёгкий уровень: есть некоторое беспокойство. Могут помочь упражнения на заземление, а через две недели стоит ответить ещё раз.
data-questionnaires-gad7-mild-summary =
    лёгкий: есть беспокойство
data-questionnaires-gad7-minimal-meaning =
    Это самый низкий уровень: за последние две недели беспокойство почти или совсем не мешало тебе.
data-questionnaires-gad7-minimal-summary =
    мало беспокойства
data-questionnaires-gad7-moderate-meaning =
    Это умеренный уровень. Стоит поговорить о беспокойстве с врачом или психотерапевтом; /gethelp подскажет, с чего начать.
data-questionnaires-gad7-moderate-summary =
    умеренный: стоит поговорить с врачом
data-questionnaires-gad7-severe-meaning =
    Это тяжёлый уровень. Пожалуйста, в ближайшее время поговори с врачом о том, как ты себя чувствуешь; /gethelp подскажет, с чего начать.
data-questionnaires-gad7-severe-summary =
    тяжёлый: поговори с врачом в ближайшее время
data-questionnaires-gad7-short_form-below =
    Это ниже порога (3), с которого обычно задают полный GAD-7: за последние две недели беспокойства было мало.
data-questionnaires-phq9-mild-meaning =
    Это лёгкий уровень: есть некоторые признаки подавленного настроения. Могут помочь отметки и маленькие шаги, а через две недели стоит ответить ещё раз.
data-questionnaires-phq9-mild-summary =
    лёгкий: есть признаки подавленного настроения
data-questionnaires-phq9-minimal-meaning =
    Это самый низкий уровень: за последние две недели признаков подавленного настроения почти или совсем не было.
data-questionnaires-phq9-minimal-summary =
    мало признаков подавленного настроения
data-questionnaires-phq9-moderate-meaning =
    Это умеренный уровень. Стоит поговорить с врачом или психотерапевтом о том, как ты себя чувствуешь в последнее время; /gethelp подскажет, с чего начать.
data-questionnaires-phq9-moderate-summary =
    умеренный: стоит поговорить с врачом
data-questionnaires-phq9-moderately_severe-meaning =
    Это умеренно тяжёлый уровень. Пожалуйста, в ближайшее время поговори с врачом о том, как ты себя чувствуешь; /gethelp подскажет, с чего начать.
data-questionnaires-phq9-moderately_severe-summary =
    умеренно тяжёлый: поговори с врачом в ближайшее время
data-questionnaires-phq9-severe-meaning =
    Это тяжёлый уровень. Пожалуйста, в ближайшее время сходи к врачу и расскажи, как ты себя чувствуешь. Если становится слишком тяжело, /sos покажет, с кем можно поговорить прямо сейчас.
data-questionnaires-phq9-severe-summary =
    тяжёлый: сходи к врачу в ближайшее время
data-questionnaires-phq9-short_form-below =
    Это ниже порога (3), с которого обычно задают полный PHQ-9: за последние две недели признаков подавленного настроения было мало.
data-questionnaires-who5-good-meaning =
    Это 50 или больше — обычный уровень самочувствия. Если между двумя ответами результат изменился на 10 баллов или больше, на это стоит обратить внимание.
data-questionnaires-who5-good-summary =
    обычный уровень
data-questionnaires-who5-low-meaning =
    Это низкий результат: самочувствие на уровне 28 или ниже — повод поговорить с врачом о том, как ты себя чувствуешь в последнее время. PHQ-9 может помочь сначала выразить это словами.
data-questionnaires-who5-low-summary =
    низкий: стоит поговорить с врачом
data-questionnaires-who5-lowered-meaning =
    Это ниже 50: в таком случае стоит внимательнее присмотреться к настроению. Об этом спрашивает PHQ-9.
data-questionnaires-who5-lowered-summary =
    ниже 50: стоит присмотреться
