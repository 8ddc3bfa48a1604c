# La pregunta sobre tu país. Las sugerencias llevan bandera: las que se escriben igual que
# en inglés (India, Australia) no se distinguen de otro modo; el país se encuentra igual.
where-title = la pregunta sobre tu país
where-country-say = ¿En qué país estás? Solo lo uso para mostrarte las líneas de crisis adecuadas y calcular tu zona horaria. Toca uno o escribe su nombre o su código de dos letras.
where-country-skip = Omitir por ahora
where-found-say = País: { $country_name }.
where-kept-say = De acuerdo, dejé tu país como estaba.
where-no_country-say = No pasa nada. Hasta que me lo digas, te mostraré un directorio internacional de líneas de ayuda en lugar de las locales. Puedes configurar tu país en /settings cuando quieras.
where-unknown-say = No encontré ningún país llamado «{ $country_typed }». ¿Puedes escribir su nombre o su código de dos letras, como FR o BR?
where-unknown-skip = Omitir por ahora
