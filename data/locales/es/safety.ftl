# Líneas de ayuda, números de emergencia y plan de seguridad (data/safety.yaml, safety_plan).
data-safety-emergency = Si ahora mismo estás en peligro, llama al número de emergencias: { $number } ({ $country }).{ $note }
data-safety-emergency_unknown = Si ahora mismo estás en peligro, llama al número de emergencias de tu zona.
data-safety-hours = { " " }({ $hours })
data-safety-hours_unknown = { " " }(horario desconocido)
data-safety-international = Aquí puedes encontrar una línea de ayuda gratuita y confidencial en tu país:
data-safety-later = No para este momento, porque las respuestas pueden tardar horas:
data-safety-line = • { $name }: { $ways }{ $hours }{ $note }
data-safety-named = { $own_name } ({ $name })
data-safety-no_local_lines = Todavía no tengo líneas de crisis para tu país. Aquí puedes encontrar una gratuita y confidencial allí:
data-safety-note = { " " }{ $note }
data-safety-unlisted_country = Todavía no tengo líneas de crisis para { $country }. Si alguna vez necesitas una, aquí puedes encontrar una línea gratuita y confidencial allí (y /sos te las vuelve a mostrar):
data-safety-violence = Servicios en { $country } para personas que están sufriendo daño o amenazas:
data-safety-violence_and_lines = Estas líneas también pueden escucharte y ayudarte a pensar qué hacer ahora:
data-safety-violence_unknown = No tengo un servicio para personas que enfrentan violencia o abuso en tu zona. Las líneas de abajo pueden escucharte y quizá conozcan uno cerca de ti:
data-safety-way_chat = chat en { $value }
data-safety-way_phone = llama al { $value }
data-safety-way_text = envía un SMS al { $value }
data-safety-way_web = { $value }
data-safety-when_closed = Si una línea está cerrada o no contesta, llama al { $number }.
data-safety-your_emergency_number = el número de emergencias de tu zona
data-safety-youth = Servicios en { $country } pensados para niños, niñas y jóvenes:
data-safety-youth_unknown = Todavía no tengo un servicio para jóvenes en tu zona. En Find A Helpline (findahelpline.com) puedes buscar uno cerca, y un adulto de confianza, el orientador de la escuela o un médico pueden ayudarte a encontrar el apoyo adecuado.
data-safety_plan-file_name = mi-plan-de-seguridad.txt
data-safety_plan-header = Tu plan de seguridad
data-safety_plan-none_yet = Todavía no has hecho un plan de seguridad. /safetyplan te guía paso a paso, una parte cada vez.
data-safety_plan-part =
    { $title }
    { $text }
data-safety_plan-recall = Hiciste un plan para momentos como este. Aquí está:
data-safety_plan-title_warning_signs = 1. Mis señales de alerta
data-safety_plan-title_coping_alone = 2. Cosas que puedo hacer por mi cuenta
data-safety_plan-title_distractions = 3. Personas y lugares que me distraen
data-safety_plan-title_people_to_ask = 4. Personas a las que puedo pedir ayuda
data-safety_plan-title_professionals = 5. Profesionales y servicios
data-safety_plan-title_safer_surroundings = 6. Hacer mi entorno más seguro
data-safety_plan-title_reasons = 7. Lo que me importa
