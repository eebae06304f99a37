# SRM Study en español. Términos del modelo de responsabilidad compartida de
# AWS según su página en español (glosario: i18n/es/glossary.ron).

app-name = SRM Study
area-browse = Explorar
area-sort = Clasificar
area-progress = Progreso
area-instructor = Instructor
area-drill = Práctica de capas
projector-button = 📽 Proyector
projector-hint = Letra grande y alto contraste para el aula (F11 o Esc para salir)
language-picker = Idioma
language-picker-hint = El idioma de la ventana; los mazos conservan el suyo
theme-system = Tema del sistema
theme-dark = Oscuro
theme-light = Claro

status-decks = { $decks ->
    [one] { $decks } mazo
   *[other] { $decks } mazos
}
status-cards = { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}

## Owners (shared by every area and the command line)

owner-aws = AWS
owner-customer = Cliente
owner-shared = Compartido
owner-aws-tagline = seguridad DE la nube
owner-customer-tagline = seguridad EN la nube
owner-shared-tagline = cada uno protege su parte

## Command line

cli-lang-unknown = SRM Study habla en, es, de y ja (y en-XA, el pseudoidioma), no “{ $tag }”
cli-list-more = { $list }, { $more }
cli-count-errors = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}
cli-count-warnings = { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}
cli-count-exercises = { $exercises ->
    [one] { $exercises } ejercicio
   *[other] { $exercises } ejercicios
}
cli-count-results = { $results ->
    [one] { $results } resultado
   *[other] { $results } resultados
}
cli-validate-missing = no existe ese archivo ni esa carpeta
cli-validate-loaded = { $decks ->
    [one] { $decks } mazo
   *[other] { $decks } mazos
}, { $items ->
    [one] { $items } tarjeta
   *[other] { $items } tarjetas
}
cli-validate-ok = OK: { $loaded }
cli-validate-ok-no-warnings = OK: { $loaded }, 0 advertencias
cli-validate-warnings = { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}; { $loaded }
cli-validate-nothing-found = no se encontró ningún archivo de mazo, ejercicio ni resultado (son archivos .ron)
cli-validate-decks-loaded = { $decks ->
    [one] { $decks } mazo cargado
   *[other] { $decks } mazos cargados
}
cli-validate-failed = { $problems }; { $loaded }
cli-list-built-in = integrado { $name }
cli-list-counts = { $items ->
    [one] { $items } tarjeta
   *[other] { $items } tarjetas
}, { $stacks ->
    [one] { $stacks } pila de servicios
   *[other] { $stacks } pilas de servicios
}
cli-list-not-loaded = no cargado: { $error }
cli-export-deck-wrote = se escribió el mazo "{ $id }" ({ $items ->
    [one] { $items } tarjeta
   *[other] { $items } tarjetas
}) en { $path }
cli-report-left-out = se omitió { $file }: { $reason }
cli-report-warning = advertencia: { $warning }
cli-report-wrote-csv = se escribió el CSV en { $path }
cli-report-empty-folder = no hay archivos .ron en esta carpeta
cli-rule-first = primer intento
cli-rule-best = mejor intento
cli-rule-latest = último intento
cli-ending-handed-in = entregado
cli-ending-time-up = tiempo agotado
cli-ending-left-early = abandonado antes de tiempo
cli-ending-showed-solution = pidió la solución
cli-report-title = { $title } ({ $id }): { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}, { $penalty ->
    [on] con penalización
   *[off] sin penalización
}
cli-report-student = estudiante
cli-report-score = puntos
cli-report-max = máx.
cli-report-percent = porcentaje
cli-report-seconds = segundos
cli-report-no-results = (ningún resultado utilizable)
cli-report-average = { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
}, media { $average } (cuenta el { $rule })
cli-report-attempts = Intentos (cuenta uno por estudiante: el { $rule }; cámbielo con --attempts first|best|latest):
cli-report-attempt = intento { $attempt }
cli-report-no-date = sin fecha
cli-report-retake = repetición
cli-report-counted = cuenta
cli-report-not-counted = no cuenta
cli-report-per-card-none = Por tarjeta: nada que contar, porque no se pudo usar ningún archivo de resultados (vea el motivo arriba).
cli-report-per-card = Por tarjeta, primero las más falladas:
cli-report-misconceptions = Ideas erróneas: dónde puso la clase cada tarjeta (* la casilla equivocada más frecuente):
cli-report-card = tarjeta
cli-report-owner = responsable
cli-report-unplaced = sin colocar
cli-report-confusion = Confusión (filas: el responsable correcto; columnas: dónde se pusieron las tarjetas):
cli-error-unknown-deck = ningún mazo cargado tiene el id "{ $id }" (cargados: { $known }); consulte `srm-study list`
cli-error-exercise = no se puede usar el ejercicio:
    { $errors }
cli-error-csv-over-input = { $path } es uno de los archivos de entrada del informe; no se ha modificado. Elija otro archivo para el CSV
cli-error-serialize = no se pueden escribir los datos como RON: { $error }
cli-error-write = { $path }: no se puede escribir el archivo: { $error }
cli-output-over-input = { $path } es uno de los archivos de entrada de { $command }; no se ha modificado. Elija otro archivo para { $flag }
cli-output-exists = { $path } ya existe; no se ha modificado. Elija otro archivo para { $flag }, o añada --force para reemplazarlo
cli-exercise-wrote-sealed = se escribió el archivo sellado para estudiantes { $file } ({ $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}, sin responsables) y su clave de respuestas { $key }; guarde la clave: `srm-study report --exercise { $key }` califica los resultados
cli-exercise-wrote = se escribió el ejercicio { $file } ({ $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
})
cli-exercise-fewer-cards = { $sentence }; solo { $cards ->
    [one] { $cards } tarjeta coincide
   *[other] { $cards } tarjetas coinciden
} con estos temas y servicios, no las { $asked } pedidas con --count
cli-exercise-old-key = { $sentence }; la clave de respuestas de la versión reemplazada es ahora { $key } (solo califica los resultados de esa versión)
cli-exercise-no-topic = el mazo "{ $deck }" no tiene el tema "{ $topic }" (sus temas: { $known })
cli-exercise-no-service = el mazo "{ $deck }" no tiene el servicio "{ $service }" (sus servicios: { $known })
cli-exercise-no-cards = ninguna tarjeta del mazo coincide con estos temas y servicios
cli-exercise-bad-id = "{ $stem }" (el nombre del archivo) no es un id de ejercicio válido: indique uno con --id (letras minúsculas, dígitos y '-', empezando por una letra)
cli-exercise-not-built = no se puede crear el ejercicio: { $error }
cli-export-xapi-options = los archivos de resultados y --class-uri son para `export xapi`; las tarjetas se exportan con --deck ID (un mazo) o --exercise FILE
cli-export-moodle-options = --matching y --questions son opciones de `export moodle`
cli-export-qti-option = --per-card (un ítem por tarjeta) es una opción de `export qti`
cli-export-matching = --matching añade preguntas de emparejamiento a la única pregunta de arrastrar y soltar; con --questions per-topic o per-card (por tema o por tarjeta) omítalo
cli-export-what = indique qué exportar: --deck ID (un mazo) o --exercise FILE
cli-export-unknown-filter = { $unknown } no está en "{ $id }" (temas: { $topics }; servicios: { $services })
cli-export-wrote-cards = se escribieron { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
} de "{ $title }" como { $format } en { $path }
cli-export-xapi-takes = `export xapi` admite --exercise FILE, archivos de resultados y --class-uri URI (no las opciones de mazos y tarjetas: --deck, --topic, --service, --matching, --questions ni --per-card)
cli-export-xapi-needs-exercise = `export xapi` necesita --exercise FILE: el ejercicio al que corresponden los resultados
cli-export-xapi-needs-class = `export xapi` necesita --class-uri URI, p. ej. https://school.example/classes/cloud-101
cli-export-xapi-needs-results = `export xapi` necesita al menos un archivo o una carpeta de resultados
cli-export-xapi-nothing = ningún archivo de resultados utilizable: nada que exportar
cli-export-wrote-xapi = se escribieron { $statements ->
    [one] { $statements } declaración xAPI
   *[other] { $statements } declaraciones xAPI
} ({ $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
}, { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
} cada uno) en { $path }
cli-format-moodle = Moodle XML
cli-format-moodle-per-topic = Moodle XML, una pregunta por tema
cli-format-moodle-per-card = Moodle XML, una pregunta por tarjeta
cli-format-qti = paquete IMS QTI 2.1 (Canvas, Blackboard...)
cli-format-qti-per-card = paquete IMS QTI 2.1, una pregunta por tarjeta
cli-format-anki = Anki (archivo de texto)
cli-format-quizlet = Quizlet (texto para pegar)
cli-import-bad-id = "{ $id }" no es un id de mazo válido: use letras minúsculas, dígitos y '-', empezando por una letra
cli-import-note = { $at }: nota: { $note }
cli-import-left-out = { $at }: omitida: { $problems }
cli-import-owner-hint = { $at }: sugerencia: escriba AWS, Customer o Shared (AWS, cliente o compartido) en la columna owner de esta fila
cli-import-refused-written = { $rows ->
    [one] la fila omitida está en { $path }, con el motivo: corríjala allí e importe ese archivo de nuevo
   *[other] las { $rows } filas omitidas están en { $path }, cada una con el motivo: corríjalas allí e importe ese archivo de nuevo
}
cli-import-refused-hint = { $rows ->
    [one] para corregir la fila omitida, añada --refused FILE.csv: se escribe allí, con el motivo, para importarla de nuevo
   *[other] para corregir las { $rows } filas omitidas, añada --refused FILE.csv: se escriben allí, cada una con el motivo, para importarlas de nuevo
}
cli-import-too-large = el mazo ({ $cards } tarjetas) es demasiado grande: { $error }
cli-import-wrote = se escribió el mazo "{ $id }" en { $path }: añadidas: { $added }, actualizadas: { $updated }, omitidas: { $left }; { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
} en total
cli-import-not-a-deck = { $path } existe pero no es un mazo válido, así que no se ha modificado:
    { $errors }
cli-import-other-deck = { $path } contiene el mazo "{ $found }", no "{ $id }"; no se ha modificado
cli-table-encoding = la tabla es { $encoding }, no UTF-8; guarde la tabla como CSV UTF-8 (en Excel: Guardar como, "CSV UTF-8") e impórtela de nuevo
cli-table-utf32-bom = texto UTF-32 (con marca de orden de bytes)
cli-table-utf16-le-bom = texto UTF-16 LE (con marca de orden de bytes)
cli-table-utf16-be-bom = texto UTF-16 BE (con marca de orden de bytes)
cli-table-utf16-le = texto UTF-16 LE (sin marca de orden de bytes)
cli-table-utf16-be = texto UTF-16 BE (sin marca de orden de bytes)
cli-table-not-utf8 = la tabla no es texto UTF-8 (línea { $line }, byte { $byte }: datos binarios, o una codificación antigua como Windows-1252 o Latin-1); guarde la tabla como CSV UTF-8 (en Excel: Guardar como, "CSV UTF-8") e impórtela de nuevo
cli-table-nul = la tabla contiene un byte NUL (línea { $line }): son datos binarios, no texto; guarde la tabla como CSV UTF-8 (en Excel: Guardar como, "CSV UTF-8") e impórtela de nuevo
cli-lrs-read-secret = no se puede leer el secreto de la entrada estándar: { $error }
cli-lrs-class-uri = indique --class-uri URI, p. ej. https://school.example/classes/cloud-101
cli-lrs-send-needs-exercise = `lrs send` necesita --exercise FILE: el ejercicio al que corresponden los resultados
cli-lrs-nothing-to-send = ningún archivo de resultados utilizable: nada que enviar
cli-lrs-nothing-waiting = no hay declaraciones pendientes de envío ni se indicaron archivos de resultados
cli-lrs-sent = se enviaron { $statements ->
    [one] { $statements } declaración
   *[other] { $statements } declaraciones
} a { $endpoint }
cli-lrs-not-stored = no guardada: { $conflict }
cli-lrs-conflicts = { $statements ->
    [one] { $statements } declaración no se guardó: el LRS ya tiene una declaración
   *[other] { $statements } declaraciones no se guardaron: el LRS ya tiene declaraciones
} con el mismo id y otro contenido (en la lista de arriba). Envíe estos resultados como otro intento (--attempt N), o pregunte al administrador del LRS qué versión conservar
cli-lrs-waiting = { $error }
    { $statements ->
        [one] { $statements } declaración espera
       *[other] { $statements } declaraciones esperan
    } su envío en { $path }; vuelva a ejecutar `srm-study lrs send` más tarde
cli-lrs-loaded = se cargaron { $statements ->
    [one] { $statements } declaración
   *[other] { $statements } declaraciones
} de { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
} desde { $endpoint }
cli-lrs-no-fingerprint = Algunas declaraciones no llevan la huella del ejercicio (las envió una versión anterior de SRM Study), así que la clave de respuestas no puede saber a qué versión del ejercicio responden: califique los archivos de resultados de esos estudiantes con `srm-study report`, o envíelos de nuevo con otro --attempt.
cli-open-folder = { $path }: es una carpeta
cli-open-unreadable = { $problem } (indique la ruta de un archivo de ejercicio, clave de respuestas, resultado o mazo)
cli-standard-output = la salida estándar
cli-window-failed = no se pudo abrir la ventana (¿hay una pantalla disponible? consulte README.md)
