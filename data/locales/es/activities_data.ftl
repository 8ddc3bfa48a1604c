# Actividades pequeñas y su seguimiento (data/activities.yaml, data/activation.yaml), /measure, plan semanal.
data-activation-as_expected = Más o menos lo que esperabas. Hacerlo igualmente es lo que va construyendo, aunque el sentimiento siga en silencio.
data-activation-kept = Planeado: { $label }, { $when }. { $how }
data-activation-kept_own = Planeado: { $label }, { $when }.
data-activation-less_than_hoped = Esta vez, menos de lo que esperabas. Vale la pena saberlo, y no es un fracaso: lo hiciste, y los sentimientos suelen volver despacio. La próxima vez puede ser algo más pequeño o distinto.
data-activation-lifted_more = Te levantó el ánimo un poco más de lo que esperabas. Así suele pasar: primero se actúa, y los sentimientos vienen después, poco a poco. Vale la pena recordarlo la próxima vez que tu expectativa sea baja.
data-activation-nothing_yet = Esta vez no mucho, y es habitual cuando los sentimientos se han apagado. Hacerlo igual cuenta: el sentimiento suele llegar después de la acción.
data-activation-scores = Disfrute: esperabas { $expected_pleasure }, fue { $actual_pleasure }. Sensación de logro: esperabas { $expected_achievement }, fue { $actual_achievement }.
data-activation-this_week_own = La actividad de esta semana: { $label }.
data-activation-week_flat = · { $date }: { $label } (todavía no mucho, y aun así cuenta)
data-activation-week_header = Las actividades de esta semana, y lo que levantó el ánimo aunque fuera un poco:
data-activation-week_lifted = · { $date }: { $label } (disfrute { $pleasure }, logro { $achievement })
data-activation-week_none_lifted = Ninguna levantó mucho el ánimo todavía. Hacerlas es el paso: los sentimientos suelen llegar después.
data-activation-when_later = dentro de { $days } días, el { $date }
data-activation-when_today = hoy
data-activation-when_tomorrow = mañana
data-activities-title = la elección de una actividad pequeña
data-activities-ask = Elijamos una actividad pequeña: algo que antes te daba un poco de disfrute o la sensación de haber hecho algo. No pasa nada si al principio no sientes nada: primero se actúa, y los sentimientos suelen venir después. ¿Cuánta energía tienes para ello?
data-activities-back = Atrás
data-activities-not_now = Ahora no
data-activities-own_idea = Una idea mía
data-activities-own_ask = ¿Qué te gustaría hacer? Con unas pocas palabras basta, como «llamar a mi hermana» o «hacer pan». Lo que escribas se cifra.
data-activities-skipped = Está bien. Cuando quieras una, /activity está aquí.
data-activities-this_week = La actividad de esta semana: { $label }. { $how }
data-activities-levels-0-label = Muy poca
data-activities-levels-0-say = Para un día con poca energía, algo pequeño. ¿Cuál te gustaría?
data-activities-levels-0-activities-0-label = Sentarte fuera diez minutos
data-activities-levels-0-activities-0-how = Un banco, un escalón o una ventana: nota el aire, la luz y un sonido.
data-activities-levels-0-activities-1-label = Escuchar una canción que te encantaba
data-activities-levels-0-activities-1-how = Solo una, entera, sin hacer nada más.
data-activities-levels-0-activities-2-label = Preparar una bebida caliente despacio
data-activities-levels-0-activities-2-how = Nota el olor, el calor de la taza y el primer sorbo.
data-activities-levels-0-activities-3-label = Enviarle a alguien un mensaje corto
data-activities-levels-0-activities-3-how = Nada profundo: una foto, un «pensando en ti» o una pregunta sobre su día.
data-activities-levels-1-label = Algo
data-activities-levels-1-say = Con un poco de energía, algo que te ponga en movimiento o a crear. ¿Cuál?
data-activities-levels-1-activities-0-label = Una caminata de 15 minutos
data-activities-levels-1-activities-0-how = Por donde sea. Nota tu respiración y tus pasos mientras caminas.
data-activities-levels-1-activities-1-label = Cocinar algo sencillo
data-activities-levels-1-activities-1-how = Una comida que antes te gustaba, o algo nuevo y fácil.
data-activities-levels-1-activities-2-label = Dibujar tu ánimo con colores
data-activities-levels-1-activities-2-how = Diez minutos de colores y formas, sin que tenga que parecerse a nada.
data-activities-levels-1-activities-3-label = Ordenar un rincón pequeño
data-activities-levels-1-activities-3-how = Un estante o un cajón, y ahí paras: algo pequeño terminado.
data-activities-levels-2-label = Bastante
data-activities-levels-2-say = Con más energía, algo con otras personas o al aire libre. ¿Cuál?
data-activities-levels-2-activities-0-label = Quedar con alguien para un café
data-activities-levels-2-activities-0-how = Alguien con quien te sientas a salvo; una hora es suficiente.
data-activities-levels-2-activities-1-label = Volver a una clase o un grupo
data-activities-levels-2-activities-1-how = Un pasatiempo, un deporte o un club que antes disfrutabas, aunque sea una vez.
data-activities-levels-2-activities-2-label = Un paseo largo por la naturaleza
data-activities-levels-2-activities-2-how = Un parque, un bosque o un lugar con agua, durante una hora más o menos.
data-activities-levels-2-activities-3-label = Echarle una mano a alguien
data-activities-levels-2-activities-3-how = Un pequeño favor a un vecino o a un amigo, o una hora de voluntariado.
data-measure-offer = ¿Quieres responder ahora el { $name }? Hace unas preguntas más sobre cómo ha estado tu ánimo.
data-measure-offer_no = Ahora no
data-weekly_plan-review =
    Esta semana hiciste { $count } { $count ->
        [one] registro
       *[other] registros
    }. De media, los sentimientos estuvieron en { $presence } de 10 y la conexión en { $connection }; de tu primer registro al último, los sentimientos pasaron de { $presence_from } a { $presence_to } y la conexión de { $connection_from } a { $connection_to }. Hicieran lo que hicieran los números, seguiste mirando, y esa es la práctica.
data-weekly_plan-review_journal =
    Esta semana escribiste { $count } { $count ->
        [one] entrada
       *[other] entradas
    } en el diario. Releerlas buscando patrones es parte del paso de hoy.
data-weekly_plan-review_no_checkins = Esta semana no hubo registros, así que no hay puntuaciones que mirar. No pasa nada: la semana que viene, un /checkin de un minuto cada día te dejará ver cómo se mueven las cosas.
data-weekly_plan-review_steps = Marcaste como hechos { $done } de los { $total } pasos diarios.
