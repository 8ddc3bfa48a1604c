# /safetyplan: el plan de seguridad para momentos difíciles.
safetyplan-title = el plan de seguridad
safetyplan-description = Hacer, leer o cambiar tu plan de seguridad para momentos difíciles.
safetyplan-intro-say-1 = Un plan de seguridad es una lista corta que escribes ahora, con más calma, para un momento en que no la haya. Tiene siete partes, desde notar las señales a tiempo hasta lo que más te importa. En un momento difícil las recorres en orden: si una no ayuda, pasas a la siguiente. Escribe tanto o tan poco como quieras; cualquier parte se puede omitir y cambiar después. Si tienes terapeuta o médico, es bueno revisarlo también con esa persona.
safetyplan-intro-say-2 = ¿Empezamos?
safetyplan-intro-option-start = Sí, empecemos
safetyplan-intro-option-later = Ahora no
safetyplan-later-say = Está bien. /safetyplan está aquí cuando quieras hacer uno.
safetyplan-warning_signs-say = 1 de 7. Señales de alerta: ¿qué te avisa de que puede venir un momento difícil? Pensamientos, sentimientos, situaciones o cosas que empiezas a hacer (por ejemplo, «dejo de contestar mensajes», «no puedo dormir»).
safetyplan-warning_signs-skip = Omitir esta parte
safetyplan-coping_alone-say = 2 de 7. Cosas que puedes hacer por tu cuenta para aguantar un rato: algo que te calme, algo con las manos, una caminata, música, una ducha, respirar despacio.
safetyplan-coping_alone-skip = Omitir esta parte
safetyplan-distractions-say = 3 de 7. Personas y lugares que te distraen: alguien con quien hablar de cualquier cosa, un café, un parque, una biblioteca, algún sitio con gente alrededor.
safetyplan-distractions-skip = Omitir esta parte
safetyplan-people_to_ask-say = 4 de 7. Personas a las que puedes pedir ayuda y cómo contactarlas: nombres y números de gente en quien confías lo suficiente para decirle «no estoy bien».
safetyplan-people_to_ask-skip = Omitir esta parte
safetyplan-professionals-say =
    5 de 7. Profesionales y servicios. Puse las líneas de donde estás:

    { $plan_lines }

    Añade a tu médico, a un terapeuta o un servicio que conozcas, si lo tienes.
safetyplan-professionals-skip = Solo estas líneas
safetyplan-safer_surroundings-say = 6 de 7. Hacer tu entorno más seguro. En un momento difícil, ¿qué podrías guardar lejos o darle a alguien de confianza para que lo tenga por ahora? Lo más habitual son medicamentos, armas de fuego y objetos afilados. ¿Quién podría ayudarte con eso?
safetyplan-safer_surroundings-skip = Omitir esta parte
safetyplan-reasons-say = 7 de 7. Lo que te importa: personas, animales, planes, lugares, cualquier cosa por la que valga la pena quedarse, por pequeña que hoy parezca.
safetyplan-reasons-skip = Omitir esta parte
safetyplan-saved-say = Tu plan está guardado. /safetyplan te lo muestra cuando quieras, y /sos lo pone primero en un momento difícil.
safetyplan-likely-say = ¿Crees que es probable que lo uses cuando las cosas se pongan difíciles?
safetyplan-likely-option-very = Muy probable
safetyplan-likely-option-somewhat = Algo probable
safetyplan-likely-option-not_very = Poco probable
safetyplan-in_the_way-say = Es una respuesta honesta, y vale la pena saberlo. ¿Qué podría impedir que lo uses?
safetyplan-in_the_way-skip = No lo sé
safetyplan-easier-say = Gracias. Pequeños cambios pueden hacerlo más fácil de usar: tenerlo donde lo veas, hacerlo más corto o contarle a alguien que aparece en él que existe. /safetyplan te deja cambiar cualquier parte cuando quieras.
safetyplan-share-say = Si tienes terapeuta o médico, revísalo también con esa persona. Puede ayudar compartirlo con alguien de confianza. ¿Quieres una copia?
safetyplan-share-option-file = Como archivo
safetyplan-share-option-message = Como mensaje para reenviar
safetyplan-share-option-no = No, gracias
safetyplan-review_offer-say = Revísalo de vez en cuando, y después de un momento difícil, para ver qué ayudó y qué no. ¿Quieres que te recuerde volver a mirarlo?
safetyplan-review_offer-option-week = En una semana
safetyplan-review_offer-option-month = En un mes
safetyplan-review_offer-option-no = No, gracias
safetyplan-review_here-say = Revísalo de vez en cuando, y después de un momento difícil, para ver qué ayudó y qué no. Una nota en tu calendario puede recordártelo.
safetyplan-reminded_week-say = Te lo recordaré en una semana, con tu aviso diario de registro.
safetyplan-reminded_month-say = Te lo recordaré en un mes, con tu aviso diario de registro.
safetyplan-remind_no_daily_time-say = Solo puedo recordártelo con el aviso diario de registro, y no tienes uno configurado. /settings → Hora del recordatorio lo configura; o pon una nota en tu calendario para mirarlo.
safetyplan-existing-say = ¿Qué quieres hacer con él?
safetyplan-existing-option-again = Repasarlo todo otra vez
safetyplan-existing-option-change = Cambiar una parte
safetyplan-existing-option-copy = Enviarme una copia
safetyplan-existing-option-done = Eso es todo por ahora
safetyplan-pick-say = ¿Qué parte quieres cambiar?
safetyplan-pick-option-warning_signs = 1. Señales de alerta
safetyplan-pick-option-coping_alone = 2. Por mi cuenta
safetyplan-pick-option-distractions = 3. Personas y lugares
safetyplan-pick-option-people_to_ask = 4. A quién pedir ayuda
safetyplan-pick-option-professionals = 5. Profesionales
safetyplan-pick-option-safer_surroundings = 6. Entorno más seguro
safetyplan-pick-option-reasons = 7. Lo que importa
safetyplan-copy-say = ¿Cómo la quieres?
safetyplan-copy-option-file = Como archivo
safetyplan-copy-option-message = Como mensaje para reenviar
safetyplan-copy-option-no = No, gracias
safetyplan-done-say = De acuerdo. Aquí está cuando lo necesites: /safetyplan, o /sos en un momento difícil.
