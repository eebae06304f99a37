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
language-picker-hint = El idioma de la ventana y de las tarjetas incluidas (un mazo sin traducción conserva el suyo)
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

xapi-verb-answered = respondió
xapi-verb-completed = completó
xapi-card-question = ¿Quién es responsable de esta tarea: AWS, Cliente o Compartido?

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
cli-count-translations = { $translations ->
    [one] { $translations } traducción
   *[other] { $translations } traducciones
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
cli-exercise-copies = { $sentence }; el mismo ejercicio para estudiantes en otros idiomas: { $files }
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

## Class report, LRS and student results

report-heading = Informe de la clase
report-intro = Elige el ejercicio que repartiste y añade los archivos de resultados de tus estudiantes (o una carpeta con ellos). Las puntuaciones siempre se vuelven a calcular a partir de las respuestas.
report-choose-exercise = 🗁 Elegir ejercicio…
report-add-results = 🗁 Añadir archivos de resultados…
report-clear-results = Quitar resultados
report-exercise-errors = Este archivo no se puede usar como ejercicio:
report-exercise = Ejercicio: { $title } ({ $id }), { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}, de { $path }
report-results-added = { $files ->
    [one] { $files } archivo de resultados añadido.
   *[other] { $files } archivos de resultados añadidos.
}
report-grade-against = Elige el ejercicio con el que se calificarán estos resultados.
report-export-csv = 💾 Exportar CSV…
report-csv-card-texts = CSV: una segunda fila con los textos de las tarjetas
report-no-results = Aún no hay nada que calificar: añade los archivos de resultados de los estudiantes.
report-summary = { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
} · media de la clase { $average }
report-penalty-on = con penalización
report-grid-heading = Cada tarjeta, cada estudiante
report-grid-legend = ✔ bien · ✖ mal · — sin colocar. Pasa el puntero sobre el número de una columna para leer la tarjeta.
report-confusion-heading = AWS, Cliente o Compartido: dónde puso la clase las tarjetas
report-per-card-heading = Tarjetas, las más falladas primero
report-xapi-heading = xAPI y el Learning Record Store
report-class-uri = URI de la clase (xAPI):
report-export-xapi = 💾 Exportar xAPI…
report-left-out-heading = Excluidos ({ $n })
report-left-out = { $label }: { $reason }
report-warnings-heading = Advertencias ({ $n })
report-column-student = Estudiante
report-column-score = Puntos
report-column-max = Máx.
report-column-percent = Porcentaje
report-column-seconds = Segundos
report-cell = { $student }: { $what ->
    [score] puntos
    [max] máximo
    [percent] porcentaje
   *[seconds] segundos
} { $value }
report-card-column = Tarjeta { $number }: { $text }
report-grid-cell = { $student }, tarjeta { $number }: { $mark }
report-mark-right = bien
report-mark-wrong = mal
report-mark-unanswered = sin colocar
report-card-right = { $percent } de aciertos
report-card-counts = { $right } bien · { $wrong } mal · { $unanswered } sin colocar, de { $total }
report-placed-in = Colocada en:
report-most-common-mistake = { $placed } (error más frecuente)
report-confusion-legend = Filas: el responsable correcto. Columnas: dónde pusieron los estudiantes esas tarjetas.
report-not-placed = Sin colocar
report-counted-per-student = Cuenta por estudiante:
report-rule-first = primer intento
report-rule-best = mejor intento
report-rule-latest = último intento
report-rule-note = Cuenta un intento por estudiante: el { $rule }. { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
} en total, { $retakes ->
    [one] { $retakes } repetición
   *[other] { $retakes } repeticiones
}; la media de la clase y el CSV siguen esta elección.
report-attempt-number = intento { $n }
report-attempt-when = { $date }, { $time } UTC
report-no-date = sin fecha
report-retake = repetición
report-counted = cuenta
report-not-counted = no cuenta
report-ended-handed-in = entregado
report-ended-time-up = tiempo agotado
report-ended-left-early = abandonado antes
report-ended-showed-solution = pidió la solución
report-choose-exercise-first = Elige primero el ejercicio.
report-nothing-to-send = No hay resultados que enviar: añade primero los archivos de resultados de los estudiantes.
report-nothing-sent = No se envió nada: { $problem }
report-class-uri-problem = URI de la clase: { $problem }
report-exercise-closed = El ejercicio se cerró durante la carga: elígelo y vuelve a cargar.
report-loaded-from-lrs = { $statements ->
    [one] Se cargó { $statements } declaración
   *[other] Se cargaron { $statements } declaraciones
} de { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
} desde { $endpoint }.
report-loaded-left-out = Excluidos: { $refused }.
report-sealed-file = { $path }: es un archivo sellado para estudiantes, sin respuestas. Elige en su lugar su clave de respuestas (el archivo terminado en .key.ron que se guardó junto a él).
report-skipped-exercise = Se omitió { $path }: es el ejercicio, no el resultado de un estudiante.
report-skipped-exercise-file = Se omitió { $path }: es un archivo de ejercicio (un archivo para estudiantes o una clave de respuestas), no el resultado de un estudiante.
report-empty-folder = La carpeta { $path } no contiene archivos .ron.
report-added = { $files ->
    [one] Se añadió { $files } archivo de resultados.
   *[other] Se añadieron { $files } archivos de resultados.
}
report-already-added = { $files ->
    [one] { $files } ya estaba en el informe.
   *[other] { $files } ya estaban en el informe.
}
report-add-results-first = Añade primero los archivos de resultados de los estudiantes.
report-choose-exercise-then-results = Elige primero el ejercicio y luego añade los archivos de resultados.
report-xapi-over-input = { $path } es uno de los archivos que lee este informe; no se escribió nada. Elige otro nombre.
report-xapi-not-written = No se pudieron escribir las declaraciones en { $path }: { $problem }. Elige otro lugar.
report-xapi-saved = Se guardaron las declaraciones xAPI de { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
} en { $path }.
report-csv-over-input = { $path } es uno de los archivos que lee este informe; no se escribió el CSV. Elige otro nombre.
report-csv-not-written = No se pudo escribir el CSV en { $path }: { $problem }. Elige otro lugar.
report-csv-saved = Guardado en { $path }. Se abre en cualquier hoja de cálculo: una fila por estudiante, 1 por cada tarjeta acertada.

lrs-heading = Learning Record Store (LRS)
lrs-intro = Envía los resultados de tu clase como declaraciones xAPI al LRS que usa tu centro (Learning Locker, SQL LRS, Ralph, SCORM Cloud…) y vuelve a cargarlos en el informe de la clase. Desactivado hasta que lo actives: nada sale de este equipo hasta que pulses Enviar.
lrs-use = Usar un Learning Record Store
lrs-endpoint = Endpoint (URL del LRS)
lrs-key = Clave (nombre de usuario)
lrs-secret = Secreto
lrs-secret-hint-saved = •••••• guardado; escribe para reemplazarlo
lrs-secret-hint = el secreto (contraseña) del LRS
lrs-class-uri = URI de la clase
lrs-class-uri-note = La URI de la clase identifica a tu clase en las declaraciones: con ella se forman las cuentas de los estudiantes y los identificadores de los ejercicios.
lrs-save = 💾 Guardar ajustes
lrs-test = 🔌 Probar conexión
lrs-test-hint = Comprueba el endpoint, la clave y el secreto tal como están escritos
lrs-forget-secret = Olvidar el secreto
lrs-waiting-heading = Pendientes de envío
lrs-secret-nowhere = Esta ventana no tiene carpeta de datos: no se guarda nada.
lrs-secret-looking = Buscando el llavero del escritorio…
lrs-secret-in-keyring = El secreto se guarda en el llavero de tu escritorio (Secret Service).
lrs-secret-in-file = Ningún llavero del escritorio respondió, así que el secreto se guarda en { $path }, un archivo que solo tú puedes leer.
lrs-secret-keyring-off = { $place } (SRM_STUDY_KEYRING=off)
lrs-nothing-waiting = No hay nada pendiente: todas las declaraciones creadas aquí han llegado al LRS.
lrs-waiting-kept = { $n ->
    [one] { $n } declaración pendiente
   *[other] { $n } declaraciones pendientes
} de envío (guardadas en { $path } hasta que el LRS las acepte).
lrs-send-now-button = 📤 Enviar ahora
lrs-drop = Descartarlas
lrs-drop-hint = Olvidar las declaraciones pendientes sin enviarlas
lrs-sending = Enviando: { $done } de { $total ->
    [one] { $total } declaración
   *[other] { $total } declaraciones
}
lrs-loading-pages = Cargando: { $pages ->
    [one] { $pages } página leída
   *[other] { $pages } páginas leídas
}…
lrs-loading = Cargando…
lrs-testing = Probando la conexión…
lrs-asking-keyring = Consultando el llavero…
lrs-stopping = Deteniendo…
lrs-cancel = Cancelar
lrs-report-heading = Learning Record Store
lrs-settings-button = Ajustes del LRS…
lrs-send-results = 📤 Enviar resultados
lrs-send-results-hint = Enviar al LRS las declaraciones de todos los estudiantes
lrs-load-results = 📥 Cargar resultados del LRS
lrs-load-results-hint = Leer de nuevo del LRS las declaraciones de este ejercicio y calificarlas como archivos de resultados
lrs-send-waiting = Enviar { $n } pendientes
lrs-marker-sending = 📤 Enviando { $done } de { $total }…
lrs-marker-waiting = 📤 { $n ->
    [one] { $n } declaración pendiente
   *[other] { $n } declaraciones pendientes
} para el LRS
lrs-send-now = Enviar ahora
lrs-send-now-hint = Enviar las declaraciones que no se pudieron enviar antes
lrs-no-data-folder = Esta ventana no tiene carpeta de datos, así que no tiene ajustes del LRS.
lrs-settings-unreadable = No se pudieron leer los ajustes del LRS ({ $problem }); al guardarlos de nuevo se reemplaza el archivo.
lrs-queue-unreadable = No se pudieron leer las declaraciones pendientes para el LRS: { $problem }
lrs-off = El LRS está desactivado: actívalo en Instructor › Ajustes del LRS.
lrs-not-set = Indica el endpoint y la clave del LRS en Instructor › Ajustes del LRS.
lrs-busy = El LRS está ocupado: espera a que termine o pulsa Cancelar.
lrs-endpoint-problem = Endpoint: { $problem }
lrs-class-uri-problem = URI de la clase: { $problem }
lrs-needs-endpoint = Para activar el LRS, escribe su endpoint y su clave (y su secreto).
lrs-cannot-save = Esta ventana no tiene carpeta de datos, así que no se pueden guardar los ajustes del LRS.
lrs-not-saved = No se pudieron guardar los ajustes: { $problem }
lrs-saved = Ajustes guardados.
lrs-not-kept = No se envió nada: no se pudieron guardar las declaraciones para enviarlas ({ $problem }).
lrs-none-waiting = No hay ninguna declaración pendiente de envío.
lrs-dropped = { $n ->
    [one] Se descartó { $n } declaración que no se había enviado.
   *[other] Se descartaron { $n } declaraciones que no se habían enviado.
}
lrs-load-stopped = Carga detenida; no se cargó nada.
lrs-load-failed = No se cargó nada. { $problem }
lrs-test-failed = La prueba de conexión falló. { $problem }
lrs-test-passed = La conexión funciona. { $answer }
lrs-secret-removed = Se eliminó el secreto.
lrs-secret-problem = El secreto: { $problem }
lrs-sent-queue-not-updated = { $n ->
    [one] Se envió { $n } declaración
   *[other] Se enviaron { $n } declaraciones
}, pero no se pudo actualizar la lista de pendientes ({ $problem }); volver a enviarlas no causa problemas.
lrs-sent-nothing = No se envió nada
lrs-sent-some = { $n ->
    [one] Se envió { $n } declaración
   *[other] Se enviaron { $n } declaraciones
}
lrs-statements-wait = { $n ->
    [one] { $n } declaración pendiente
   *[other] { $n } declaraciones pendientes
}
lrs-not-stored-one = No guardada: { $conflict }.
lrs-not-stored-more = No guardadas: { $conflict } y { $more } más que el LRS tiene con otro contenido.
lrs-sent-to = { $sent } a { $endpoint }.
lrs-conflicts-advice = Envía esos resultados como otro intento o pregunta al administrador del LRS cuáles conservar.
lrs-send-stopped = Detenido. { $sent }; { $waiting } de envío (Enviar ahora).
lrs-send-failed-retry = { $problem } { $sent }; { $waiting }, que irán con el próximo envío: pulsa Enviar ahora cuando el LRS vuelva a responder.
lrs-send-failed-fix = { $problem } { $sent }; { $waiting }. Corrige los ajustes y pulsa Enviar ahora, o descártalas.

student-heading = Hacer un ejercicio
student-intro = Abre el archivo de ejercicio que te dio tu instructor, escribe tu nombre y empieza. Al final, guarda tu resultado y entrega el archivo.
student-open = 🗁 Abrir ejercicio…
student-exercise-errors = Este archivo no se puede usar como ejercicio. Pide a tu instructor una copia nueva o corrige estas líneas:
student-name = Tu nombre
student-name-hint = como te conoce tu instructor
student-start = ▶ Empezar
student-close = Cerrar este ejercicio
student-open-first = Abre primero un archivo de ejercicio.
student-name-one-line = Escribe tu nombre en una sola línea, sin tabulaciones.
student-name-hidden-character = Tu nombre contiene un carácter oculto que cambia la dirección del texto; escríbelo de nuevo sin él.
student-name-empty = Escribe tu nombre: va en el archivo de resultados que recoge tu instructor.
student-name-too-long = Tu nombre tiene más de { $max } caracteres; acórtalo.
student-cards = { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}
student-sealed = sellado: sin correcciones, tu instructor lo califica
student-answer-key = clave de respuestas: correcciones al final, para revisar un ejercicio sellado
student-marks-instant = correcciones al colocar cada tarjeta
student-marks-at-end = correcciones al final
student-time-limit = límite de tiempo { $minutes } min
student-penalty = −1 por tarjeta incorrecta
student-from = De { $path }
student-no-cards = Este ejercicio no tiene tarjetas.

## Exercise builder, Decks page and file prompt

instructor-page-builder = Nuevo ejercicio
instructor-page-student = Hacer un ejercicio (estudiante)
instructor-page-report = Informe de la clase
instructor-page-decks = Mazos
instructor-page-editor = Editar mazos
instructor-page-lrs = Ajustes del LRS

file-purpose-export-exercise = Exportar el ejercicio
file-purpose-open-exercise = Abrir un archivo de ejercicio
file-purpose-save-result = Guardar tu resultado
file-purpose-report-exercise = Elegir el ejercicio que se califica
file-purpose-report-results = Añadir archivos de resultados de los estudiantes
file-purpose-export-csv = Exportar el informe de la clase como CSV
file-purpose-export-xapi = Exportar los resultados de la clase como sentencias xAPI
file-purpose-import-deck = Importar un archivo de mazo
file-purpose-export-deck = Exportar un mazo
file-purpose-export-edited-deck = Exportar el mazo en edición
file-field-path = Ruta del archivo
file-field-results = Ruta de un archivo de resultados o de una carpeta
file-nothing-chosen = No se eligió ningún archivo. Si no apareció ningún diálogo de archivos (algunos escritorios no pueden mostrarlo), escribe aquí la ruta; si no, pulsa Cancelar.
file-hint-save = El archivo se escribe ahí; si ya hay uno con el mismo nombre, se reemplaza. Una carpeta recibe el nombre de archivo propuesto.
file-hint-results = Un archivo de resultados o una carpeta: se añaden todos los archivos .ron que contenga.
file-hint-open = La ruta completa del archivo, p. ej. /home/yo/semana-3-test.ron.
file-ok = Aceptar
file-cancel = Cancelar
file-waiting = Esperando al diálogo de archivos: { $purpose }.
file-stop-waiting = Dejar de esperar
file-stop-waiting-hint = Úsalo si no apareció ningún diálogo; después escribe la ruta
file-type-path = Escribir una ruta
file-type-path-for = Escribir una ruta: { $purpose }
file-type-path-hint = Escribe la ruta del archivo en lugar de usar un diálogo de archivos
file-path-empty = Escribe primero la ruta de un archivo, p. ej. /home/yo/test.ron.
file-path-no-folder = La carpeta { $folder } no existe. Escribe la ruta de una carpeta que exista.
file-path-nothing = No hay nada en { $path }. Revisa cómo está escrita o da la ruta completa.
file-path-is-folder = { $path } es una carpeta. Escribe la ruta de un archivo que esté dentro.
file-filter-ron = Archivos de SRM Study (.ron)
file-filter-csv = Tabla CSV (.csv)
file-filter-json = Sentencias xAPI (.json)
file-filter-all = Todos los archivos
file-format-moodle = Moodle XML
file-format-moodle-per-topic = Moodle XML, una pregunta por tema
file-format-moodle-per-card = Moodle XML, una pregunta por tarjeta
file-format-qti = Paquete IMS QTI 2.1 (Canvas, Blackboard...)
file-format-qti-per-card = Paquete IMS QTI 2.1, una pregunta por tarjeta
file-format-anki = Anki (archivo de texto)
file-format-quizlet = Quizlet (texto para pegar)

builder-resize-cards = Cambiar el ancho de la lista de tarjetas
builder-cards-heading = Tarjetas ({ $count } elegidas)
builder-use-filter = Usar el filtro de Explorar ({ $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    })
builder-use-filter-hint = Elige exactamente las tarjetas que muestra ahora el área Explorar
builder-tick-intro = O marca las tarjetas una a una:
builder-search = Buscar tarjetas
builder-search-hint = unas letras: parche, mfa…
builder-select-shown = Seleccionar todas las mostradas ({ $count })
builder-clear = Quitar la selección
builder-no-match = Ninguna tarjeta coincide con la búsqueda. Prueba con menos letras.
builder-export-button = 💾 Exportar ejercicio…
builder-export-as = Exportar como
builder-format-exercise = Archivo de ejercicio para estudiantes (.ron)
builder-sealed-not-for-formats = «Sellado» solo se aplica al archivo de ejercicio: estos archivos muestran a quién corresponde cada tarjeta.
builder-heading = Nuevo ejercicio
builder-intro = Elige las tarjetas a la izquierda, ponle nombre al ejercicio, decide cómo se desarrolla y luego exporta el archivo y entrégaselo a tus estudiantes.
builder-id = Id del ejercicio
builder-title = Título
builder-instructions = Instrucciones (opcional)
builder-title-hint = Semana 3: ¿quién aplica los parches?
builder-instructions-hint = Se muestran al estudiante antes de empezar
builder-how-it-runs = Cómo se desarrolla
builder-feedback = Corrección
builder-feedback-instant = Inmediata (cada tarjeta al colocarla)
builder-feedback-at-end = Al final (al comprobar)
builder-penalty = Penalización: −1 por cada tarjeta mal colocada (el total nunca baja de 0)
builder-shuffle-bins = Mezclar el orden de las cajas
builder-sealed = Sellado: los estudiantes no ven qué acertaron; tú guardas la clave de respuestas (NOMBRE.key.ron) y calificas
builder-time-limit = Límite de tiempo
builder-minutes = minutos
builder-seed = Semilla
builder-seed-hint = Con la misma semilla, todos los estudiantes reciben las tarjetas en el mismo orden.
builder-preview = Vista previa: { $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    }
builder-no-card-chosen = Aún no se ha elegido ninguna tarjeta.
builder-topics = Temas: { $topics }
builder-more = … y { $count } más
builder-problem-no-id = Dale un id al ejercicio, p. ej. semana-3-test.
builder-problem-no-title = Dale un título al ejercicio.
builder-problem-no-cards = Elige al menos una tarjeta.
builder-id-rule = El id puede usar minúsculas, dígitos y '-', debe empezar por una letra y tener como máximo { $max } caracteres (p. ej. semana-3-test).
builder-saved = Guardado en { $path }. Entrega este archivo a tus estudiantes: lo abren en «Hacer un ejercicio».
builder-saved-sealed = Se guardaron el archivo sellado para estudiantes { $path } y su clave de respuestas { $key }. Entrega el archivo a tus estudiantes y guarda la clave: el informe de la clase califica con ella.
builder-save-failed = No se pudo guardar el ejercicio: { $error }. Elige otro lugar.
builder-cards-not-made = No se pudieron escribir las tarjetas como { $format }: { $error }
builder-cards-saved = { $cards ->
        [one] Se guardó { $cards } tarjeta
       *[other] Se guardaron { $cards } tarjetas
    } de «{ $title }» como { $format } en { $path }.
builder-cards-not-saved = No se pudieron escribir las tarjetas en { $path }: { $error }. Elige otro lugar.
builder-not-built = No se puede crear el ejercicio: { $error }

decks-heading = Mazos
decks-import-section = Importar un mazo
decks-import-intro = Escribe un mazo a mano (Editar mazos > Formato de mazo explica cómo). El archivo se comprueba, se copia en { $folder } y se carga.
decks-import-intro-no-folder = Escribe un mazo a mano (Editar mazos > Formato de mazo explica cómo). El archivo se comprueba; esta ventana no guarda archivos, así que no se copia.
decks-import-button = 🗁 Importar mazo…
decks-import-errors = Este mazo no se importó. Corrige estas líneas e impórtalo de nuevo:
decks-replace-deck = Ya hay un mazo cargado con el id «{ $id }»: «{ $title }» ({ $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    }) de { $path }. ¿Reemplazarlo?
decks-replace-file = La carpeta de contenido ya tiene un archivo { $path }. ¿Reemplazarlo?
decks-new-file = El archivo nuevo: «{ $title }», { $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    }, de { $path }.
decks-replace = Reemplazar
decks-cancel = Cancelar
decks-import-cancelled = No se importó nada: el mazo «{ $id }» ya cargado se queda como está.
decks-import-not-kept = «{ $title }» ({ $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    }) es un mazo válido, pero esta ventana no guarda archivos, así que no se copió. Inicia SRM Study de la forma habitual (o con --data-dir) para importarlo, o pon tú el archivo en la carpeta de contenido.
decks-import-built-in = «{ $id }» es el id de un mazo integrado, que no se puede reemplazar. Cambia el id en tu archivo (p. ej. "{ $example }") e impórtalo de nuevo.
decks-import-outside = Ya hay un mazo con el id «{ $id }» cargado desde { $path }, fuera de la carpeta de contenido. Cambia el id en tu archivo o quita antes ese mazo.
decks-import-in-place = { $path } ya está en la carpeta de contenido; los mazos se han vuelto a cargar.
decks-imported = Se importó «{ $title }» ({ $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    }) como { $path }. Sus tarjetas ya están en Explorar.
decks-import-not-copied = No se pudo copiar el mazo en { $path }: { $error }. Comprueba que se puede escribir en la carpeta.
decks-export-section = Exportar un mazo
decks-filter-choice = El filtro actual de Explorar como mazo nuevo ({ $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    })
decks-deck-choice = { $title } ({ $id }, { $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    })
decks-export-choice = Mazo que exportar
decks-new-id = Id del mazo nuevo
decks-new-title = Título del mazo nuevo
decks-new-title-hint = Parches: quién hace qué
decks-export-as = Como
decks-format-deck = Mazo de SRM Study (.ron)
decks-export-button = 💾 Exportar mazo…
decks-problem-gone = El mazo «{ $id }» ya no está cargado; elige otro.
decks-problem-no-id = Dale un id al mazo nuevo, p. ej. mi-mazo-de-parches.
decks-problem-id-rule = El id puede usar minúsculas, dígitos y '-', debe empezar por una letra y tener como máximo { $max } caracteres.
decks-problem-no-title = Dale un título al mazo nuevo.
decks-problem-id-taken = Un mazo cargado ya tiene el id «{ $id }»; elige otro id para que ambos puedan cargarse.
decks-problem-no-cards = El filtro de Explorar no muestra ninguna tarjeta; cámbialo primero en Explorar.
decks-not-built = No se puede crear el mazo: { $error }
decks-not-made = No se pudo escribir el mazo: { $error }
decks-cards-not-made = No se pudieron escribir las tarjetas como { $format }: { $error }
decks-not-saved = No se pudo escribir el mazo en { $path }: { $error }. Elige otro lugar.
decks-not-saved-too-large = No se pudo escribir el mazo en { $path }: { $error }. Exporta menos tarjetas (con un filtro de Explorar) o divide el mazo.
decks-saved = Se guardó «{ $title }» ({ $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    }) en { $path }. Para cargarlo, ponlo en una carpeta de contenido o impórtalo aquí.
decks-saved-as = Se guardó «{ $title }» ({ $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    }) como { $format } en { $path }.

## Deck editor

editor-title = Editar mazos
editor-intro = Escriba aquí un mazo, tarjeta por tarjeta o pegado desde una hoja de cálculo. Un mazo con errores se guarda como borrador hasta que se corrija, así que no se pierde nada de lo que escriba.
editor-guide = Formato de mazo
editor-guide-hint = Cómo escribir un mazo o una tabla: la guía, dentro de la aplicación
editor-new-deck = Nuevo mazo
editor-new-deck-title = Título
editor-new-deck-id = Id. del mazo (se forma a partir del título si se deja vacío)
editor-new-deck-description = Descripción
editor-new-deck-language = Idioma (p. ej., en, pt-BR; opcional)
editor-create-deck = Crear mazo
editor-open-deck = Abrir un mazo
editor-open-deck-row = { $title } ({ $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
})
editor-edit = Editar
editor-edit-hint = Modificar este mazo en su archivo
editor-built-in = integrado
editor-edit-copy = Editar una copia de { $id }
editor-edit-copy-hint = Un mazo nuevo con estas tarjetas, guardado con su propio id.
editor-drafts = Borradores (no aparecen en Explorar hasta que no tengan errores)
editor-open-draft = Abrir el borrador { $draft }
editor-copy-title = { $title } (copia)

# The header of the deck being edited
editor-untitled = Mazo sin título
editor-unsaved-mark = * Cambios sin guardar
editor-saved = Guardado
editor-errors = { $errors ->
    [0] Sin errores
    [one] { $errors } error
   *[other] { $errors } errores
}
editor-errors-hint = Lo que informa `srm-study validate`: un mazo con errores se guarda como borrador
editor-warnings = { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}
editor-warnings-hint = La revisión del mazo (lint): nunca impide guardar
editor-undo = Deshacer (Ctrl+Z)
editor-redo = Rehacer (Ctrl+Shift+Z)
editor-save = Guardar (Ctrl+S)
editor-export = Exportar…
editor-paste = Pegar desde una hoja de cálculo
editor-close-deck = Cerrar el mazo
editor-translate-into = Traducir a:
editor-translate-none = (ninguno)
editor-translate-hint = Muestra un campo para la traducción a este idioma bajo el inglés de cada tarjeta; se guarda con el mazo, en content/i18n/<idioma>/
editor-translate-save-first = Guarda primero el mazo en un archivo: una traducción pertenece a un mazo guardado
editor-note-translate-save-first = Guarda primero el mazo en un archivo (sin errores): una traducción pertenece a un mazo guardado.
editor-note-translation-unreadable = { $path } tiene una traducción que no se carga (mira los errores de carga); corrígela en un editor de texto y vuelve a cargar, para que no se sobrescriba nada de ella.
editor-note-translation-not-saved = La traducción no se guardó en { $path }: { $error }. Tus cambios siguen aquí; inténtalo de nuevo.
editor-translation-section = Traducción: { $language }
editor-translation-untranslated = Aún sin traducción ({ $language }): se muestra en inglés.
editor-translation-up-to-date = Traducida del inglés tal como está ahora.
editor-translation-stale = El inglés cambió desde que se tradujo, así que en { $language } se muestra en inglés; revisa la traducción y márcala como actualizada.
editor-translation-mark = ✔ Marcar como actualizada
editor-translation-field = { $field } ({ $language })
editor-cards-tab = { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}
editor-stack-tab = Pila: { $layers ->
    [one] { $layers } capa
   *[other] { $layers } capas
}, { $services ->
    [one] { $services } servicio
   *[other] { $services } servicios
}
editor-details = Detalles del mazo: id, título, descripción, idioma
editor-deck-title = Título del mazo
editor-deck-id = Id. del mazo
editor-deck-description = Descripción del mazo
editor-deck-language = Idioma del mazo
editor-id-clash = otro mazo cargado tiene el id "{ $id }" ({ $origin }); dé a este mazo un id propio

# The card list and the card form
editor-new-card = Texto de la nueva tarjeta
editor-add-card = Añadir tarjeta (Enter)
editor-search = Buscar tarjetas
editor-cards-shown = { $shown } de { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}
editor-card-has-errors = tiene errores
editor-card-has-warnings = tiene advertencias de revisión
editor-card-no-text = (todavía sin texto)
editor-no-card = Añada una tarjeta (escriba su texto a la izquierda y pulse Enter) o elija una de la lista.
editor-card-of = Tarjeta { $card } de { $cards }
editor-move-up = Subir
editor-move-down = Bajar
editor-duplicate = Duplicar
editor-delete-card = Eliminar tarjeta
editor-card-text = Texto de la tarjeta
editor-warning = Advertencia: { $warning }
editor-aws-part = Parte de AWS
editor-customer-part = Parte del cliente
editor-explanation = Explicación
editor-services = Servicios
editor-id = id: { $id }
editor-tags = Etiquetas (separadas por comas)
editor-card-id = Id. de la tarjeta
editor-card-id-hint = Se forma a partir del texto hasta que se guarda el mazo; cámbielo solo si le importa.
editor-owner = Responsable
editor-owner-choice = Responsable: { $owner }
editor-topic = Tema
editor-choose-topic = (elija un tema)
editor-new-topic = Nuevo tema
editor-add-topic = Añadir tema
editor-layer = Capa
editor-no-layer = (sin capa)
editor-sources = Fuentes
editor-new-source-title = Título de la nueva fuente
editor-new-source-url = URL de la nueva fuente
editor-add-source = Añadir fuente
editor-show-less-text = Mostrar menos del texto de la tarjeta
editor-show-less-explanation = Mostrar menos de la explicación
editor-long-text = Este texto ocupa { $size }: solo se muestran sus primeros { $shown } caracteres para que la ventana siga siendo rápida. Muéstrelo entero para leer o cambiar el resto (puede tardar unos segundos).
editor-show-all = Mostrar todo ({ $size })
editor-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}

# The Stack tab
editor-stack-intro = Explorar dibuja todos los servicios sobre una misma pila, las capas de los mazos integrados, desde los datos del cliente arriba hasta las instalaciones de AWS abajo, cada una coloreada según quién es responsable de ella en ese servicio. Asigne a sus servicios responsables para esas capas; las capas propias solo aparecen en las tarjetas de este mazo. Los ids se forman a partir del primer título o nombre y no cambian.
editor-stack-layers = Capas, de arriba abajo
editor-stack-use-builtin = Usar { $layers ->
    [one] { $layers } capa
   *[other] las { $layers } capas
} de la pila integrada
editor-stack-add-missing = Añadir aquí { $layers ->
    [one] { $layers } capa de la pila integrada que falta
   *[other] las { $layers } capas de la pila integrada que faltan
}
editor-stack-layer-title = Título de la capa { $n }
editor-stack-layer-up = Subir la capa { $n }
editor-stack-layer-down = Bajar la capa { $n }
editor-stack-layer-remove = Quitar la capa { $n }
editor-stack-remove = Quitar
editor-stack-layer-summary = Qué contiene la capa { $n }
editor-stack-layer-summary-hint = Qué contiene (opcional)
editor-stack-no-layers = Todavía no hay capas.
editor-stack-new-layer = Título de la nueva capa
editor-stack-add-layer = Añadir capa arriba
editor-stack-service-id = id: { $id } (un archivo de mazo o una tabla nombra el servicio por este id o por su nombre)
editor-stack-service-name = Nombre del servicio
editor-stack-service-category = Categoría (IaaS, PaaS, SaaS, abstracto…)
editor-stack-service-summary = Cómo se desplaza la línea en este servicio
editor-stack-who-owns = Quién es responsable de cada capa
editor-stack-layers-first = Añada primero capas arriba.
editor-stack-service-remove = Quitar este servicio
editor-stack-service-remove-name = Quitar el servicio { $service }
editor-stack-no-services = Todavía no hay servicios.
editor-stack-new-service = Nombre del nuevo servicio
editor-stack-add-service = Añadir servicio
editor-stack-not-applicable = No se aplica
editor-stack-owner-of = Responsable de { $layer } en { $service }

# The paste panel ("text", "owner", "aws_part"... are the table's column names: keep them)
editor-paste-intro = Columnas: text, owner, topic, explanation y, de forma opcional, services, URL de la fuente, aws_part y customer_part (parte del cliente). Una fila de encabezado que las nombre puede ordenarlas como quiera. Se detectan tabulaciones, puntos y comas o comas. Las filas con el texto de una tarjeta que ya está en el mazo actualizan esa tarjeta. Los servicios y temas pueden ser los integrados, por id o por nombre ("ec2", "Amazon EBS", "KMS", "Route 53"); un nombre que no coincide con ninguno pasa a ser uno nuevo. Una fila descartada se puede corregir abajo; al cambiar el texto pegado se vuelven a leer las filas.
editor-paste-add = Añadir { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}
editor-paste-add-updating = Añadir { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
} ({ $updates ->
    [one] { $updates } actualiza una tarjeta existente
   *[other] { $updates } actualizan tarjetas existentes
})
editor-paste-cancel = Cancelar el pegado
editor-paste-create-topics = Crear los temas que este mazo aún no tiene
editor-paste-table = Tabla pegada
editor-paste-new-topics = Temas nuevos que se crearán: { $topics }
editor-paste-new-service = { $name } (id "{ $id }")
editor-paste-new-services = Servicios que se añadirán al mazo: { $services }
editor-paste-bad-rows = { $rows ->
    [one] { $rows } fila tiene problemas y se descartará si no se corrige abajo:
   *[other] { $rows } filas tienen problemas y se descartarán si no se corrigen abajo:
}
editor-paste-all-good = { $rows ->
    [one] La fila se puede añadir.
   *[other] Se pueden añadir las { $rows } filas.
}
editor-paste-line = Línea { $line }
editor-paste-line-problem = Línea { $line }: { $problem }
editor-paste-line-note = Nota: { $note }
editor-paste-fix-text = Texto (línea { $line })
editor-paste-fix-owner = Responsable (línea { $line })
editor-paste-fix-topic = Tema (línea { $line })
editor-paste-fix-explanation = Explicación (línea { $line })
editor-paste-fix-services = Servicios (línea { $line })
editor-paste-choose = Elija:
editor-paste-owner-of-line = Responsable de la línea { $line }: { $owner }

# The deck format guide (the guide itself, content/README.md, is in English for now)
editor-guide-title = Formato de mazo
editor-guide-close = Cerrar la guía del formato de mazo
editor-guide-intro = Cómo escribir un mazo a mano (un archivo .ron) o como una tabla para pegar o importar: la guía que acompaña a SRM Study (content/README.es.md en sus fuentes; el original en inglés, content/README.md, es la referencia).

# The questions
editor-unsaved-title = Cambios sin guardar
editor-unsaved-question = El mazo tiene cambios que no se han guardado. ¿Desea guardarlos primero?
editor-unsaved-save = Guardar
editor-unsaved-discard = No guardar
editor-keep-editing = Seguir editando
editor-changed-title = El archivo del mazo ha cambiado
editor-changed-text = Otra persona (¿otra ventana?) ha cambiado { $path } desde que lo abrió. Si guarda, sus cambios reemplazarán a los de ella.
editor-changed-keep-both = Conservar ambos (el mío como borrador)
editor-changed-replace = Reemplazarlo por el mío

# What saving, exporting and editing did ({ $error } is the system's message)
editor-note-no-deck = Ningún mazo cargado tiene el id “{ $id }”.
editor-note-draft-unreadable = No se puede abrir el borrador: { $error }
editor-note-not-kept-no-files = No se pudieron conservar los cambios: esta ventana no guarda archivos.
editor-note-not-kept = No se pudieron conservar los cambios como borrador en { $path }: { $error }
editor-note-unwritable = No se puede escribir el mazo: { $error }
editor-note-no-files = Esta ventana no guarda archivos: use Exportar… para escribir el mazo en algún lugar.
editor-note-draft-not-saved = No se pudo guardar el borrador en { $path }: { $error }
editor-note-saved-draft = Guardado como borrador ({ $path }): corrija { $errors ->
    [one] el error
   *[other] los { $errors } errores
} para ver el mazo en Explorar.
editor-note-exists = { $path } ya existe y no se ha reemplazado: dé otro id al mazo.
editor-note-not-saved = No se pudo guardar el mazo en { $path }: { $error }
editor-note-saved = Guardado en { $path }; ya está en Explorar.
editor-note-old-draft-stays = El borrador anterior { $draft } se conserva: { $error }
editor-note-exported = Exportado a { $path }.
editor-note-export-failed = No se pudo escribir { $path }: { $error }
editor-note-open-first = Primero abra o cree un mazo.
editor-note-kept-both = Se conservan ambos: { $path } queda como lo guardó la otra ventana y su mazo es el borrador { $draft } (abra los dos para reunir las tarjetas).
editor-note-draft-failed = No se pudo guardar su mazo como el borrador { $draft }: { $error }. No se escribió nada.
editor-note-layers-added = { $layers ->
    [one] Se añadió { $layers } capa
   *[other] Se añadieron { $layers } capas
}: asigne a cada servicio un responsable para ellas.
editor-note-builtin-service-added = Se añadió el servicio integrado “{ $service }” (id “{ $id }”) con el responsable de cada capa{ $layers ->
    [0] {""}
    [one] , y { $layers } capa que necesita su pila
   *[other] , y las { $layers } capas que necesita su pila
}.
editor-note-service-added = Se añadió el servicio “{ $service }” (id “{ $id }”): un archivo de mazo o una tabla lo nombra por este id o por su nombre. Asígnele un responsable para cada capa abajo.
editor-note-deleted = Se eliminó “{ $text }”. Deshacer (Ctrl+Z) la recupera.
editor-note-layer-removed = Se quitó “{ $layer }”{ $cards ->
    [0] {""}
    [one] , también de la tarjeta que estaba en ella
   *[other] , también de las { $cards } tarjetas que estaban en ella
}. Deshacer (Ctrl+Z) la recupera.
editor-note-service-removed = Se quitó “{ $service }”{ $cards ->
    [0] {""}
    [one] , también de la tarjeta que lo nombraba
   *[other] , también de las { $cards } tarjetas que lo nombraban
}. Deshacer (Ctrl+Z) lo recupera.
editor-note-pasted = { $added ->
    [one] { $added } tarjeta añadida
   *[other] { $added } tarjetas añadidas
}, { $updated ->
    [one] { $updated } actualizada
   *[other] { $updated } actualizadas
}, { $left ->
    [one] { $left } fila descartada
   *[other] { $left } filas descartadas
}.

## Sort and Stack drill

sort-back-to-start = Volver a la pantalla de inicio
sort-practice-title = Práctica
sort-title-ended-by-solution = { $title } (terminado con Mostrar solución)
sort-setup-heading = Nuevo ejercicio de clasificación
sort-setup-intro = Arrastra cada tarjeta a AWS, Cliente o Compartido. Tu primer intento es tu puntuación.
sort-setup-drill-intro = O asigna el responsable de cada capa de la pila de un servicio:
sort-setup-drill-button = ▶ Práctica de capas
sort-setup-take-intro = ¿Tu instructor te dio un archivo de ejercicio?
sort-setup-take-button = 🗁 Hacer un ejercicio…
sort-setup-what = Qué practicar
sort-setup-decks = Mazos (ninguno marcado = todos)
sort-setup-topics = Temas (ninguno marcado = todos)
sort-setup-services = Servicios (ninguno marcado = cualquier tarjeta)
sort-setup-how = Cómo
sort-setup-count = Número de tarjetas
sort-setup-count-all = Todas
sort-setup-matching = { $cards ->
    [one] { $cards } tarjeta coincide con esta selección
   *[other] { $cards } tarjetas coinciden con esta selección
}
sort-setup-feedback = Corrección
sort-setup-feedback-instant = Inmediata (cada tarjeta al colocarla)
sort-setup-feedback-at-end = Al final (al comprobar)
sort-setup-penalty = Penalización: −1 por cada tarjeta mal colocada (el total nunca baja de 0)
sort-setup-shuffle-bins = Mezclar el orden de las cajas
sort-setup-time-limit = Límite de tiempo
sort-setup-minutes = minutos
sort-setup-timer-note = La rapidez nunca da puntos: el temporizador solo termina la ronda.
sort-setup-start = { $cards ->
    [one] ▶ Empezar ejercicio ({ $cards } tarjeta)
   *[other] ▶ Empezar ejercicio ({ $cards } tarjetas)
}
sort-review-hint = Clasifica las tarjetas que tu calendario de repaso marca como pendientes, más algunas nuevas
sort-board-title-retry = { $title } · ronda de repetición { $round }
sort-board-placed = { $placed } de { $total } colocadas
sort-board-time-left = ⏱ quedan { $time }
sort-board-student = Estudiante: { $student }
sort-board-sealed = Sellado: tu instructor califica este ejercicio; no se muestran correcciones.
sort-board-pile = Sin clasificar ({ $count })
sort-board-pile-empty = Todas las tarjetas están colocadas. Pulsa Comprobar (Enter).
sort-board-pile-name = { $cards ->
    [one] Sin clasificar, { $cards } tarjeta
   *[other] Sin clasificar, { $cards } tarjetas
}
sort-board-see-results = Ver resultados
sort-board-check = ✔ Comprobar (Enter)
sort-board-show-solution = Mostrar solución
sort-board-quit = Salir
sort-board-quit-hint = Dejar este ejercicio y volver a la pantalla de inicio
sort-board-place-name = Colocar aquí: { $owner }
sort-board-place-here = ⬇ Colocar aquí ({ $key })
sort-board-place-short = ⬇ Aquí ({ $key })
sort-board-bin-name = { $cards ->
    [one] Caja { $owner }, { $cards } tarjeta
   *[other] Caja { $owner }, { $cards } tarjetas
}
sort-board-how-to-play = Arrastra una tarjeta a una caja, o haz clic en una tarjeta y luego en «Colocar aquí» de una caja. Teclas sobre una tarjeta: las flechas van a la tarjeta más cercana en pantalla, 1/2/3 o A/C/S la colocan (el foco pasa a la siguiente tarjeta), Backspace la devuelve a las tarjetas sin clasificar, Enter comprueba. Tab recorre las tarjetas y los botones; Enter sobre un botón lo pulsa.
sort-card-in-bin = { $text }, en la caja { $bin }
sort-card-right = { $name } (correcta)
sort-card-wrong = { $name } (incorrecta, corresponde a { $owner })
sort-card-unanswered = { $name } (sin colocar, corresponde a { $owner })
sort-announce-placed = { $text }: colocada en { $bin }.
sort-announce-right = Correcto.
sort-announce-wrong = Incorrecto: corresponde a { $owner }.
sort-announce-count = { $placed } de { $total } colocadas.
sort-mark-right = ✔ Correcto
sort-mark-wrong = ✖ Incorrecto: corresponde a { $owner }
sort-mark-unanswered = — Sin colocar: corresponde a { $owner }
sort-question-check-unplaced = { $cards ->
    [one] Queda { $cards } tarjeta sin clasificar: ¿comprobar de todos modos?
   *[other] Quedan { $cards } tarjetas sin clasificar: ¿comprobar de todos modos?
}
sort-question-leave-unsaved = Tu resultado no está guardado: ¿salir de este ejercicio de todos modos?
sort-question-leave = ¿Salir de este ejercicio? Las tarjetas que colocaste aún no se han comprobado.
sort-question-replace = { $path } ya existe. ¿Reemplazarlo con tu resultado?
sort-question-show-solution = { $placed ->
    [one] ¿Mostrar la solución? Esto termina la ronda: tu puntuación cuenta solo la { $placed } tarjeta que colocaste (de { $total }); las demás cuentan como no colocadas y vuelven para repaso.
   *[other] ¿Mostrar la solución? Esto termina la ronda: tu puntuación cuenta solo las { $placed } tarjetas que colocaste (de { $total }); las demás cuentan como no colocadas y vuelven para repaso.
}
sort-question-hand-in = { $placed ->
    [one] ¿Salir y entregar ahora? La { $placed } tarjeta que colocaste se entrega tal como está; las demás cuentan como no colocadas y tu resultado indica que saliste antes de tiempo.
   *[other] ¿Salir y entregar ahora? Las { $placed } tarjetas que colocaste se entregan tal como están; las demás cuentan como no colocadas y tu resultado indica que saliste antes de tiempo.
}
sort-answer-check-anyway = Comprobar de todos modos
sort-answer-keep-sorting = Seguir clasificando
sort-answer-leave = Salir
sort-answer-stay = Quedarme
sort-answer-replace = Reemplazar
sort-answer-keep-file = Conservar el archivo anterior
sort-answer-hand-in = Salir y entregar ahora
sort-answer-keep-working = Seguir trabajando
sort-answer-show-solution = Mostrar la solución
sort-notice-exam = Estás haciendo un ejercicio sellado: Explorar, Progreso, Práctica de capas e Instructor se abren de nuevo cuando guardes tu resultado. Para terminar ahora, usa Salir: se entrega lo que colocaste.
sort-notice-sealed = Tu instructor califica este ejercicio: aquí no se muestran correcciones ni puntuación. Guarda tu resultado y entrega el archivo a tu instructor.
sort-notice-choose-card = Primero elige una tarjeta (con las flechas o un clic).
sort-notice-graded-solution = Este ejercicio se califica: la solución se abre cuando guardes tu resultado.
sort-notice-graded-retry = Este ejercicio se califica: las repeticiones se abren cuando guardes tu resultado.
sort-notice-time-up = Se acabó el tiempo: la ronda se comprobó tal como estaba.
sort-notice-retake = Ya se guardó en este ordenador un resultado de este ejercicio para { $student }. Este es el intento { $attempt }, una repetición: el archivo de resultado lo indica y el informe de tu instructor muestra todos los intentos.
sort-notice-retake-dates = Ya se guardó en este ordenador un resultado de este ejercicio para { $student } ({ $dates }). Este es el intento { $attempt }, una repetición: el archivo de resultado lo indica y el informe de tu instructor muestra todos los intentos.
sort-notice-no-such-card = No hay ninguna tarjeta con el número { $number }.
sort-notice-checked = Esta ronda ya está comprobada: repite las tarjetas falladas para colocarlas de nuevo.
sort-notice-locked = Con la corrección inmediata, una tarjeta se queda donde cayó la primera vez.
sort-notice-no-class-run = No hay ningún ejercicio de un archivo en curso: abre uno con «Hacer un ejercicio» en la pantalla de inicio de Clasificar.
sort-notice-not-checked = Primero comprueba el ejercicio: el resultado es tu primer intento.
sort-notice-not-written = No se pudo escribir el resultado: { $error }
sort-notice-not-saved = No se pudo guardar el resultado en { $path }: { $error }. Elige otro lugar.
sort-notice-copy-not-kept = No se pudo conservar la copia propia de la aplicación de tu resultado en { $folder }: { $error }.
sort-results-heading = { $title }: resultados
sort-results-score = Puntuación { $points } / { $max } ({ $percent })
sort-results-spoken = Resultados de { $title }. { $score }: { $right } correctas, { $wrong } incorrectas, { $unplaced } sin colocar.
sort-results-counts = { $right } correctas · { $wrong } incorrectas · { $unplaced } sin colocar
sort-results-time = Tiempo empleado: { $time }
sort-results-time-penalty = Tiempo empleado: { $time } · con penalización
sort-results-retry-rounds = Rondas de repetición: { $rounds }. Tu puntuación sigue siendo la del primer intento.
sort-results-first-attempt = El primer intento es la puntuación: repetir los fallos sirve para aprender.
sort-results-retry = 🔁 Repetir falladas ({ $missed })
sort-results-new = Nuevo ejercicio
sort-results-browse = Volver a Explorar
sort-results-board = Ver el tablero
sort-results-by-topic = Por tema
sort-results-topic-name = { $topic }: { $right } de { $total } correctas, { $percent }
sort-results-all-right = Todas las tarjetas fueron correctas al primer intento. ¡Muy bien!
sort-results-missed = Tarjetas falladas ({ $missed })
sort-results-belongs-to = Corresponde a
sort-results-placed-in = · la colocaste en
sort-results-not-placed = · no la colocaste
sort-results-handed-in = { $title }: entregado
sort-results-sealed-placed = Colocaste { $placed } de { $total } tarjetas en { $time }.
sort-results-save = 💾 Guardar resultado…
sort-results-save-hint = Guarda tu primer intento como archivo para tu instructor
sort-results-type-path = Escribir una ruta
sort-results-type-path-name = Escribir una ruta: guardar tu resultado
sort-results-saved = ✔ Guardado en { $path }. Entrega este archivo a tu instructor.
sort-results-student = Estudiante: { $student }. Guarda tu resultado y entrega el archivo a tu instructor.
drill-heading = Práctica de capas
drill-intro = Elige un servicio: sus capas aparecen sin responsable y tú asignas cada una a AWS, Cliente o Compartido.
drill-no-stack = Ningún mazo cargado define una pila de responsabilidades.
drill-service-button = Practicar { $service }
drill-back-to-browse = Volver a Explorar
drill-title = Práctica de capas: { $service }
drill-score = Puntuación: { $right } de { $total } capas correctas
drill-instructions = ¿Quién protege cada capa? Arrastra un responsable a una capa, haz clic en AWS, Cliente o Compartido en su fila, o muévete con las flechas arriba y abajo y pulsa 1 (AWS), 2 (Cliente) o 3 (Compartido).
drill-drag = Arrastrar:
drill-drag-owner = Arrastrar { $owner }
drill-set-layer = Asignar { $layer } a { $owner }
drill-check = Comprobar ({ $set } de { $total } asignadas)
drill-again = Practicar de nuevo
drill-another = Otro servicio
drill-mark-right = ✔ correcto
drill-mark-wrong = ✖ incorrecto
drill-mark-not-set = ✖ sin asignar
drill-mark-answer = · respuesta:

## Browse, Progress and the window

app-reload = ⟲ Volver a cargar el contenido
app-reload-hint = Cargar de nuevo todos los mazos, tras corregir un archivo
app-dismiss = Cerrar
app-content-problems = { $problems ->
    [one] { $problems } problema en el contenido
   *[other] { $problems } problemas en el contenido
}
app-lint-warnings = { $warnings ->
    [one] { $warnings } aviso de revisión
   *[other] { $warnings } avisos de revisión
}
app-problems-hint = Mostrar u ocultar los problemas
app-retry-save = Reintentar
app-retry-save-hint = Guardar el progreso de nuevo, tras corregir la causa
app-lint-intro = { $warnings ->
    [one] { $warnings } aviso de revisión
   *[other] { $warnings } avisos de revisión
} en tus mazos: tarjetas que pueden delatar a su responsable, casi duplicadas o temas con un solo responsable. Compruébalos con `srm-study validate --lint FILE`.
app-errors-intro = { $errors ->
    [one] { $errors } problema
   *[other] { $errors } problemas
} en los archivos de contenido. Los mazos que se cargaron están disponibles; corrige estos archivos y vuelve a cargar, o compruébalos con `srm-study validate FILE`.
app-save-failed = No se pudo guardar tu progreso: { $error }
app-not-saving = El progreso no se está guardando: { $error }


browse-resize-panel = Cambiar el tamaño del panel
browse-tab-stack = Pila de capas
browse-tab-cards = Tarjetas
browse-tab-details = Detalles de la tarjeta
browse-stack-heading = Quién protege qué
browse-no-stack = Ningún mazo cargado define una pila de responsabilidades.
browse-stack-for = Pila de
browse-drill-stack = ▶ Practicar esta pila
browse-drill-stack-hint = Asigna tú el responsable de cada capa y luego comprueba
browse-compare = Comparar pilas
browse-compare-hint = Mostrar esta pila junto a la de otro servicio
browse-stack-hint = Haz clic en una capa para ver sus tarjetas; vuelve a hacer clic para verlas todas.
browse-compare-heading = Pilas lado a lado
browse-compare-close = Cerrar la comparación
browse-compare-left = Izquierda
browse-compare-right = Derecha
browse-compare-explained = Las filas marcadas con «{ browse-differs }» tienen otro responsable; la línea gruesa marca dónde termina la parte de AWS.
browse-differs = difiere
browse-differs-hint = El responsable es distinto
browse-not-applicable = — n/d
browse-no-owner = no aplicable
browse-layer-owner = { $layer }: { $owner }
browse-compare-cell = { $service } · { $layer }: { $owner }
browse-compare-cell-differs = { $service } · { $layer }: { $owner } (el responsable es distinto)
browse-boundary = ⬆ parte del cliente  ·  parte de AWS ⬇
browse-search = 🔍 Buscar
browse-search-hint = escribe unas letras: patch, mfa, lambda…
browse-owner-filter = Responsable
browse-show-owner = Mostrar las tarjetas de { $owner }
browse-topic = Tema
browse-service = Servicio
browse-services = Servicios
browse-layer = Capa
browse-deck = Mazo
browse-any = Cualquiera
browse-matching = { $total ->
    [one] { $shown } de { $total } tarjeta coincide
   *[other] { $shown } de { $total } tarjetas coinciden
}
browse-layer-of-service = · capa: { $layer } de { $service }
browse-every-service = Todos los servicios
browse-every-service-hint = Ver las tarjetas de esta capa en todos los servicios
browse-layer-every-service = · capa: { $layer }, todos los servicios
browse-clear-filters = Quitar los filtros
browse-sort-these = ▶ Clasificar estas
browse-sort-these-hint = Empezar un ejercicio de clasificación con las tarjetas que coinciden
browse-selection-title = Selección de Explorar
browse-list-name = Tarjetas, { $count }
browse-empty-together = Ninguna tarjeta cumple todos estos filtros a la vez. Quita los filtros para ver todas las tarjetas.
browse-empty-without = Ninguna tarjeta coincide: { $reasons }.
browse-reason-separator = {"; "}
browse-without = sin { $filter }, { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}
browse-without-search = las palabras de búsqueda
browse-without-owner = el filtro de responsable
browse-without-topic = el filtro de tema
browse-without-service = el filtro de servicio
browse-without-deck = el filtro de mazo
browse-without-layer-service = el servicio de la capa ({ $service })
browse-without-layer = el filtro de capa
browse-row-name = { $text } ({ $owner }, { $topic })
browse-details-empty = Selecciona una tarjeta de la lista para ver quién es responsable y por qué.
browse-three-owners = Los tres responsables
browse-size-kb = { $size } KB
browse-size-mb = { $size } MB
browse-long-text = Este texto ocupa { $size }: solo se muestran sus primeros { $shown } caracteres. Edita una copia del mazo para verlo entero.
browse-why = Por qué
browse-owner-part = Parte de { $owner }:
browse-sources = Fuentes
browse-copy-link = 📋 Copiar el enlace
browse-copy-link-name = Copiar el enlace: { $source }
browse-copy-link-hint = Copiar la dirección para abrirla en un navegador de otro equipo
browse-related = Tarjetas relacionadas
browse-edit-copy = Editar una copia de este mazo
browse-edit-copy-hint = Abrir una copia de «{ $deck }» en el editor de mazos (Instructor)

progress-heading = Tu progreso
progress-reset = Restablecer el progreso…
progress-exercises = Ejercicios hechos
progress-cards-seen = Tarjetas vistas
progress-cards-seen-value = { $seen } de { $total }
progress-cards-mastered = Tarjetas dominadas
progress-due-today = Para repasar hoy
progress-streak = Racha de estudio
progress-streak-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
progress-review-hint = Clasificar las tarjetas pendientes de repaso, más unas cuantas que aún no has visto
progress-average = Puntuación media al primer intento: { $score }
progress-empty-heading = Aún no hay ejercicios
progress-empty-text = Termina un ejercicio de clasificación y esta página se llenará: tu puntuación al primer intento a lo largo del tiempo, lo bien que conoces cada tema, las tarjetas que más fallas, las tarjetas pendientes de repaso y tu racha de estudio.
progress-start-first = ▶ Empezar un primer ejercicio
progress-reset-question = ¿Restablecer todo el progreso?
progress-reset-text = Tu historial, tus puntuaciones y tu calendario de repaso empiezan de cero. El archivo de progreso actual se conserva al lado como copia de seguridad, así que no se pierde nada.
progress-reset-yes = Sí, restablecer
progress-reset-cancel = Cancelar
progress-chart-heading = Puntuación al primer intento a lo largo del tiempo
progress-chart-axis = puntuación %
progress-chart-text = Puntuación al primer intento a lo largo del tiempo: { $points }.
progress-chart-text-empty = Puntuación al primer intento a lo largo del tiempo: aún no hay ejercicios.
progress-chart-point = { $date } { $score }
progress-list-separator = {", "}
progress-topic-accuracy = Aciertos por tema, primero los más débiles
progress-service-accuracy = Aciertos por servicio, primero los más débiles
progress-mastery-heading = Dominio por tema
progress-mastery-hint = Una tarjeta está dominada cuando tus dos últimas respuestas fueron correctas o cuando ha subido a la caja 3 del calendario de repaso.
progress-mastery-line = { $mastered } de { $total } dominadas · { $seen } vistas
progress-study-next = Estudia ahora:
progress-study-next-topic = { $topic }, { $score } de tus respuestas correctas
progress-practise-these = ▶ Practicar estas ({ $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
})
progress-practise = Practicar ({ $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
})
progress-practise-name = Practicar { $group }
progress-practise-title = Práctica: { $group }
progress-group-right = { $score } correctas · { $answers ->
    [one] { $answers } respuesta
   *[other] { $answers } respuestas
}
progress-not-answered = aún sin respuestas
progress-group-bar = { $group }: { $result }
progress-most-missed = Tarjetas más falladas
progress-drill-these = Practicar estas
progress-no-misses = Aún no has fallado ninguna. ¡Sigue así!
progress-missed = fallada { $misses } de { $seen } veces
progress-drill = Practicar
progress-drill-name = Practicar: { $text }
progress-review-title = Repaso
progress-most-missed-title = Práctica de las más falladas
progress-review-nothing = 🔁 Repasar (nada pendiente)
progress-review-new = 🔁 Repasar: { $new ->
    [one] { $new } tarjeta nueva
   *[other] { $new } tarjetas nuevas
}
progress-review-due = 🔁 Repasar pendientes ({ $due })
progress-review-due-new = 🔁 Repasar pendientes ({ $due }) + { $new } nuevas
progress-reset-kept = Se restableció el progreso. Tu progreso anterior se conserva en { $path }.
progress-reset-done = Se restableció el progreso.
progress-reset-failed = No se restableció el progreso: { $error }
progress-reset-blocked = No se restableció el progreso: no se pudo apartar el archivo de progreso.

## clap

cli-help-usage = Uso:
cli-help-commands = Órdenes:
cli-help-arguments = Argumentos:
cli-help-options = Opciones:
cli-help-print-help = Mostrar la ayuda
cli-help-print-help-more = Mostrar la ayuda (más detalles con '--help')
cli-help-print-help-summary = Mostrar la ayuda (un resumen con '-h')
cli-help-print-version = Mostrar la versión
cli-help-help-command = Mostrar este mensaje o la ayuda de las subórdenes indicadas
cli-help-default = [predeterminado: { $value }]
cli-help-possible-values-list = [valores posibles: { $values }]
cli-help-possible-values = Valores posibles:
cli-man-name = NOMBRE
cli-man-synopsis = SINOPSIS
cli-man-description = DESCRIPCIÓN
cli-man-options = OPCIONES
cli-man-commands = ÓRDENES
cli-man-version = VERSIÓN
cli-help = Aplicación de estudio sin conexión para el modelo de responsabilidad compartida de AWS
cli-help--content = Cargar también los mazos de esta carpeta (se puede indicar varias veces)
cli-help--data-dir = Guardar el progreso y el contenido propio en esta carpeta en lugar de la carpeta de datos de la plataforma (también: SRM_STUDY_DATA_DIR)
cli-help--area = Abrir la aplicación en esta área
cli-help--area--browse = El explorador de responsabilidades
cli-help--area--sort = Ejercicios de clasificación
cli-help--area--progress = Historial y repaso espaciado
cli-help--area--instructor = Archivos de ejercicio e informes de clase
cli-help--lang = El idioma de la ventana, de los mensajes, de esta ayuda y de las tarjetas que escriben `exercise new` y `export`: en, es, de, ja o en-XA (pseudotraducido, para encontrar texto sin traducir). También: SRM_STUDY_LANG. Sin ninguno de los dos, la ventana muestra el idioma elegido la última vez (en el primer inicio, el del sistema) y las órdenes, el del sistema
cli-help--files = Archivos de ejercicio, clave de respuestas, resultado o mazo que se abren en la ventana: un ejercicio en la página del estudiante, una clave o resultados en el informe de clase, un mazo importado en la página Mazos
cli-help-validate = Comprobar archivos o carpetas de mazos, ejercicios y resultados (predeterminado: los mazos integrados y --content)
cli-help-validate--lint = Ejecutar también la revisión de mazos: tarjetas cuyo texto delata a su responsable, tarjetas casi duplicadas, temas cuyas tarjetas tienen todas el mismo responsable
cli-help-validate--paths = Archivos o carpetas que comprobar
cli-help-report = Calificar los archivos de resultados de los estudiantes con un ejercicio o con la clave de respuestas de uno sellado: una tabla por estudiante, las tarjetas más falladas, la matriz de conceptos erróneos, la tabla de confusión y, si se quiere, un CSV
cli-help-report--exercise = El archivo de ejercicio al que corresponden los resultados, o la clave de respuestas (NAME.key.ron) de un ejercicio sellado
cli-help-report--results = Archivos de resultados, o carpetas con ellos
cli-help-report--csv = Escribir también el informe como CSV en este archivo
cli-help-report--card-texts = En el CSV, una segunda fila con los textos de las tarjetas
cli-help-report--attempts = Qué intento cuenta para un estudiante con varios resultados
cli-help-report--attempts--first = El primer intento (por número de intento y luego por fecha)
cli-help-report--attempts--best = El intento con más puntos
cli-help-report--attempts--latest = El último intento
cli-help-report--force = Reemplazar el archivo CSV si existe (nunca uno de los de entrada)
cli-help-exercise = Crear archivos de ejercicio (como el generador del área de instructor)
cli-help-exercise-new = Escribir un nuevo archivo de ejercicio con tarjetas de un mazo cargado (con --sealed: un archivo para estudiantes sin responsables y su clave de respuestas FILE.key.ron)
cli-help-exercise-new--deck = El mazo cargado del que salen las tarjetas (vea `srm-study list`)
cli-help-exercise-new--topics = Solo tarjetas de este id de tema (se puede repetir)
cli-help-exercise-new--services = Solo tarjetas sobre este id de servicio (se puede repetir)
cli-help-exercise-new--count = Cuántas tarjetas (predeterminado: todas las que coincidan), elegidas al azar según --seed
cli-help-exercise-new--seed = La semilla que elige las tarjetas y la semilla del ejercicio
cli-help-exercise-new--feedback = Cuándo aparecen las marcas
cli-help-exercise-new--feedback--instant = Después de cada colocación
cli-help-exercise-new--feedback--end = Después de la comprobación
cli-help-exercise-new--sealed = Sellarlo: el archivo del estudiante no tiene responsables; la clave de respuestas FILE.key.ron se queda con usted y califica los resultados
cli-help-exercise-new--penalty = Una colocación incorrecta cuesta un punto
cli-help-exercise-new--time-limit = Un límite de tiempo en segundos
cli-help-exercise-new--id = El id del ejercicio (predeterminado: el nombre del archivo sin .ron)
cli-help-exercise-new--title = El título que ven los estudiantes (predeterminado: el título del mazo)
cli-help-exercise-new--instructions = Instrucciones que se muestran antes de que el estudiante empiece
cli-help-exercise-new--out = El archivo de ejercicio que escribir
cli-help-exercise-new--force = Reemplazar el archivo (y su clave de respuestas) si existen; la clave anterior se guarda como FILE.replaced-FINGERPRINT.key.ron para calificar las copias ya repartidas
cli-help-exercise-new--also-in = Escribe también el archivo del estudiante en este idioma, como ARCHIVO.IDIOMA.ron: las mismas tarjetas, orden, opciones y clave de respuestas, para que un informe de clase califique todas las copias (se puede repetir)
cli-help-export-deck = Escribir un mazo cargado como RON legible
cli-help-export-deck--id = El id del mazo (vea `srm-study list`)
cli-help-export-deck--out = Dónde escribirlo
cli-help-export-deck--force = Reemplazar el archivo si existe (nunca el propio archivo del mazo)
cli-help-list = Listar los mazos cargados
cli-help-import-table = Añadir las filas de una tabla CSV/TSV (text, owner, topic, explanation, services, source URL, aws_part, customer_part: la parte del cliente) como tarjetas a un archivo de mazo; las filas cuyo texto coincide con una tarjeta la actualizan
cli-help-import-table--file = La tabla: CSV, TSV o separada por punto y coma
cli-help-import-table--deck = El id del mazo (el mazo de --out, un mazo cargado o uno nuevo)
cli-help-import-table--out = El archivo de mazo que escribir
cli-help-import-table--force = Añadir las filas al mazo que ya está en --out (se reemplaza por el mazo con las filas); nunca la propia tabla
cli-help-import-table--refused = Escribir las filas descartadas en este archivo CSV, cada una con el motivo, para corregirlas e importarlas de nuevo (solo se reemplaza con --force)
cli-help-export = Exportar tarjetas a Moodle XML, a un paquete QTI 2.1, a Anki o a Quizlet, o los resultados de los estudiantes a declaraciones xAPI
cli-help-export--format = El formato que escribir
cli-help-export--format--moodle = Moodle XML: una pregunta de arrastrar y soltar en el texto (importación al banco de preguntas)
cli-help-export--format--qti = Un paquete IMS QTI 2.1 (zip) con un ítem de emparejamiento
cli-help-export--format--anki = Un archivo de texto para Archivo > Importar de Anki (las notas se actualizan al volver a importar)
cli-help-export--format--quizlet = Filas de término y definición para el cuadro de importación de Quizlet
cli-help-export--format--xapi = Declaraciones xAPI 1.0.3 (JSON) de los resultados de los estudiantes
cli-help-export--deck = Exportar las tarjetas de este mazo cargado (vea `srm-study list`)
cli-help-export--exercise = Exportar las tarjetas de este archivo de ejercicio (para xapi: el ejercicio al que corresponden los resultados)
cli-help-export--results = Solo xapi: los archivos de resultados de los estudiantes, o carpetas con ellos
cli-help-export--topics = Solo tarjetas de este tema (id o título; se puede repetir)
cli-help-export--services = Solo tarjetas sobre este servicio (id o nombre; se puede repetir)
cli-help-export--matching = Solo moodle: escribir también una pregunta de emparejamiento por tema (junto a la pregunta de arrastrar y soltar)
cli-help-export--questions = moodle: qué preguntas: una pregunta de arrastrar y soltar (predeterminado), una por tema o una por tarjeta
cli-help-export--questions--one = Una pregunta de arrastrar y soltar en el texto con todas las tarjetas
cli-help-export--questions--per-topic = Una pregunta de emparejamiento por tema (una pregunta de tres opciones para un tema de una sola tarjeta)
cli-help-export--questions--per-card = Una pregunta de tres opciones por tarjeta
cli-help-export--per-card = Solo qti: un ítem de tres opciones por tarjeta (con la explicación como retroalimentación) en lugar de un ítem de emparejamiento
cli-help-export--class-uri = Solo xapi: la clase, un URI http(s): la homePage de las cuentas de los estudiantes y la base de los id de actividad
cli-help-export--attempt = Solo xapi: qué intento son estos resultados; otro número da nuevos id de declaración
cli-help-export--out = El archivo que escribir
cli-help-export--force = Reemplazar el archivo si existe (nunca uno de los de entrada)
cli-help-lrs = Enviar resultados a un Learning Record Store (xAPI), cargarlos de nuevo en un informe de clase o probar la conexión. El secreto se lee de SRM_STUDY_LRS_SECRET
cli-help-lrs-send = Enviar resultados (y las declaraciones pendientes de envíos anteriores) al LRS. Sin archivos de resultados, solo se envían las declaraciones pendientes
cli-help-lrs-send--endpoint = El endpoint xAPI del LRS, p. ej. https://lrs.example.org/xAPI
cli-help-lrs-send--key = La clave de Basic-auth (nombre de usuario); el secreto se lee de SRM_STUDY_LRS_SECRET
cli-help-lrs-send--exercise = El ejercicio (o la clave de respuestas) al que corresponden los resultados
cli-help-lrs-send--class-uri = La clase, un URI http(s) (predeterminado: la configuración de LRS de la aplicación)
cli-help-lrs-send--attempt = Qué intento son estos resultados
cli-help-lrs-send--results = Archivos de resultados, o carpetas con ellos
cli-help-lrs-load = Cargar las declaraciones de un ejercicio desde el LRS e imprimir el informe de clase, como hace `srm-study report` con los archivos de resultados
cli-help-lrs-load--endpoint = El endpoint xAPI del LRS, p. ej. https://lrs.example.org/xAPI
cli-help-lrs-load--key = La clave de Basic-auth (nombre de usuario); el secreto se lee de SRM_STUDY_LRS_SECRET
cli-help-lrs-load--exercise = El ejercicio (o la clave de respuestas) con el que calificar
cli-help-lrs-load--class-uri = La clase, un URI http(s) (predeterminado: la configuración de LRS de la aplicación)
cli-help-lrs-load--attempt = Qué intento cargar
cli-help-lrs-load--csv = Escribir también el informe como CSV en este archivo
cli-help-lrs-test = Comprobar el endpoint y las credenciales
cli-help-lrs-test--endpoint = El endpoint xAPI del LRS, p. ej. https://lrs.example.org/xAPI
cli-help-lrs-test--key = La clave de Basic-auth (nombre de usuario); el secreto se lee de SRM_STUDY_LRS_SECRET
cli-help-lrs-set-secret = Guardar el secreto, leído de la entrada estándar (una línea), donde lo guarda la aplicación: el llavero del escritorio o, si no, un archivo que solo usted puede leer. Una línea vacía lo elimina
cli-help-generate = Escribir las páginas de manual o los completados del shell (para empaquetadores)
cli-help-generate-man = Escribir las páginas de manual (`srm-study.1` y `srm-study-SUBCOMMAND.1`) en una carpeta (en el idioma de --lang o, si no, en inglés)
cli-help-generate-man--dir = La carpeta (se crea si falta)
cli-help-generate-completions = Imprimir el script de completado para un shell
cli-help-generate-completions--shell = El shell
cli-help-generate-completions--shell--bash = bash (con el paquete bash-completion)
cli-help-generate-completions--shell--zsh = zsh
cli-help-generate-completions--shell--fish = fish

## msgreport

report-reason-other-exercise = este resultado es del ejercicio «{ $found }», no de «{ $expected }»
report-reason-other-version = hecho para otra versión de este ejercicio (su huella es { $found } y la de este ejercicio, { $expected }); no se califica
report-reason-no-fingerprint = hecho para otra versión de este ejercicio (no tiene huella; la de este ejercicio es { $expected }); no se califica
report-reason-sealed = es un archivo sellado para estudiantes, sin respuestas; califica con su clave de respuestas (el archivo .key.ron)
report-warning-unknown-cards = { $file }: se ignoraron respuestas a tarjetas que no están en el ejercicio: { $ids }
report-warning-ignored-fields = { $file }: se ignoraron campos que esta versión no usa: { $fields }
report-warning-attempts = el estudiante «{ $student }» tiene { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
}: { $files }; cuenta el { $rule } ({ $chosen }) y los demás figuran como repeticiones
report-warning-attempt-file = { $file } (intento { $attempt }, { $date })
report-csv-error = no se puede escribir el CSV: { $error }
lrs-error-not-http = «{ $endpoint }» no es un endpoint de LRS: indica una dirección http:// o https:// con un host, p. ej. https://lrs.example.org/xAPI
lrs-error-query-or-fragment = «{ $endpoint }»: un endpoint de LRS no lleva consulta ? ni fragmento #
lrs-error-bad-link = el LRS dio un enlace que no es una dirección: «{ $link }»
lrs-error-foreign-link = el LRS dio un enlace a otro servidor ({ $link }, no { $origin }); no se siguió, así que la clave y el secreto solo llegaron a { $origin }
lrs-error-bad-page = el LRS respondió algo que no es un resultado de statements: { $detail }
lrs-error-connection = no se puede contactar con el LRS en { $url }: { $error }
lrs-error-timed-out = el LRS en { $url } no respondió en { $seconds } s; comprueba el endpoint o inténtalo más tarde
lrs-error-too-large = la respuesta del LRS a { $url } supera { $limit } MiB; no se leyó (pregunta al administrador del LRS si el endpoint es correcto)
lrs-error-status = el LRS respondió { $status } a { $method } { $url }: { $message }
lrs-error-status-hint = el LRS respondió { $status } { $hint } a { $method } { $url }: { $message }
lrs-error-hint-401 = Unauthorized (comprueba la clave y el secreto)
lrs-error-hint-403 = Forbidden (estas credenciales no permiten hacerlo)
lrs-error-hint-404 = Not Found (comprueba el endpoint: suele terminar en /xAPI)
lrs-error-stopped = detenido
save-error-serialize = no se puede escribir el progreso como RON: { $error }
save-error-too-large = el progreso es demasiado grande para guardarlo ({ $bytes } bytes de estadísticas de tarjetas)
save-error-io = no se puede guardar el progreso en { $path }: { $error }
save-error-dangling-link = { $path } es un enlace simbólico a { $target }, que no existe (¿una carpeta sin montar, un archivo movido?). El enlace se dejó como está; el progreso no se guarda hasta que vuelva su destino o se quite el enlace
save-error-newer-shown = { $reason }; tu progreso se muestra pero no se cambia
save-error-newer-left = { $reason }; se deja como está
save-error-changed-on-disk = { $path } cambió en el disco y no se puede leer ({ $reason }), así que se dejó como está
save-error-no-backup = no se pudo conservar el archivo de progreso actual como copia de seguridad: { $error }
save-error-not-read = no se pudo leer el archivo de progreso: { $error }

## msgload
load-about = { $kind ->
        [deck] mazo
        [item] tarjeta
        [topic] tema
        [source] fuente
        [layer] capa
        [service] servicio
       *[exercise] ejercicio
    } "{ $id }"
load-about-result = resultado de "{ $student }"
load-about-answer = { $result }: respuesta "{ $id }"
load-too-large = el archivo tiene { $size } bytes, más que el límite de 8 MiB; divídelo en archivos más pequeños
load-not-utf8 = el archivo no es texto UTF-8; guárdalo como UTF-8 en tu editor
load-empty = el archivo está vacío; un mazo empieza por `Deck(` (consulta content/README.md)
load-too-deep = los datos están anidados demasiado (más de 128 niveles); un mazo solo necesita unos pocos
load-ends-early = el archivo termina antes de tiempo: falta cerrar un corchete, un paréntesis o una cadena
load-string-not-closed = una cadena no está cerrada: añade el '"' que falta
load-ron-variant = Variante inesperada { $found } en el enum { $outer }; { $expected }
load-ron-enum-variant = Variante de enum inesperada { $found }; { $expected }
load-ron-field = Campo inesperado { $found } en { $outer }; { $expected }
load-ron-field-plain = Campo inesperado { $found }; { $expected }
load-ron-missing-field = Falta el campo { $field } en { $outer }
load-ron-missing-field-plain = Falta el campo { $field }
load-ron-duplicate-field = El campo { $field } aparece dos veces en { $outer }
load-ron-duplicate-field-plain = El campo { $field } aparece dos veces
load-ron-struct-name = Se esperaba la estructura { $expected }, pero se encontró { $found }
load-ron-struct-open = Se esperaba `(` para abrir la estructura { $name }
load-ron-char = Carácter inesperado { $char }
load-ron-expected = Se esperaba { $what ->
        [comma] una coma
        [string] una cadena
        [integer] un número entero
        [boolean] un valor booleano
        [colon] dos puntos
       *[identifier] un identificador
    }
load-ron-opening = Se esperaba `{ $bracket }` de apertura
load-ron-closing = Se esperaba `{ $bracket }` de cierre
load-ron-trailing = Hay caracteres de más tras el final de los datos
load-ron-other = Error de sintaxis: { $detail }
load-ron-none = no hay { $what ->
        [variants] variantes
       *[fields] campos
    }
load-ron-expected-one = se esperaba { $first }
load-ron-expected-two = se esperaba { $first } o { $second }
load-ron-expected-many = se esperaba uno de { $list } o { $last }
load-title-empty = el título está vacío
load-no-items = el mazo no tiene elementos; añade al menos un Item(...)
load-service-unknown-layer = nombra la capa "{ $layer }", que no está entre las capas de este mazo
load-id-taken = { $what ->
        [item] otro elemento
        [topic] otro tema
        [source] otra fuente
        [layer] otra capa
       *[service] otro servicio
    } del mazo usa este id
load-text-empty = el texto está vacío
load-explanation-empty = la explicación está vacía; di por qué es este el responsable
load-char = U+{ $code }{ $name ->
        [null] {" "}(nulo)
        [bell] {" "}(campana)
        [backspace] {" "}(retroceso)
        [tab] {" "}(tabulador)
        [line-break] {" "}(salto de línea)
        [vertical-tab] {" "}(tabulador vertical)
        [form-feed] {" "}(avance de página)
        [carriage-return] {" "}(retorno de carro)
        [escape] {" "}(escape)
        [delete] {" "}(suprimir)
        [not-a-character] {" "}(no es un carácter)
       *[none] {""}
    }
load-forbidden-char = el campo { $field ->
        [title] título
        [description] descripción
        [language] idioma
        [summary] resumen
        [address] dirección
        [name] nombre
        [category] categoría
        [text] texto
        [explanation] explicación
        [aws-part] parte de AWS
        [customer-part] parte del cliente
       *[tag] etiqueta
    } contiene { $char } en el carácter { $at }{ $more ->
        [0] {""}
        [one] {" "}y { $more } carácter de control más
       *[other] {" "}y { $more } caracteres de control más
    }; quítalo (las exportaciones a Moodle y QTI y la terminal no pueden mostrarlo)
load-bad-id = { $what ->
        [exercise-id] el id de ejercicio
        [item-id] el id de elemento
       *[id] el id
    } "{ $id }" no es válido: usa minúsculas, dígitos y '-', empezando por una letra, con { $max } caracteres como máximo
load-unknown-ref = nombra { $what ->
        [topic] el tema
        [layer] la capa
        [service] el servicio
       *[source] la fuente
    } "{ $id }", que este mazo no define ({ $list })
load-defines-none = este mazo no define { $what ->
        [topic] temas
        [layer] capas
        [service] servicios
       *[source] fuentes
    }
load-known = { $what ->
        [topic] temas conocidos
        [layer] capas conocidas
        [service] servicios conocidos
       *[source] fuentes conocidas
    }: { $list }
load-defines-many = el mazo define { $count } { $what ->
        [topic] temas
        [layer] capas
        [service] servicios
       *[source] fuentes
    }
load-title-or-name-empty = el título o el nombre está vacío
load-not-utf8-at = el archivo no es texto UTF-8 (en el byte { $byte }); guárdalo como UTF-8 en tu editor
load-cannot-read = no se puede leer el archivo: { $error }
load-not-regular = esto es { $kind ->
        [folder] una carpeta
        [fifo] una FIFO (tubería con nombre)
        [socket] un socket
        [device] un dispositivo
       *[special] un archivo especial
    }, no un archivo normal; indica la ruta de un archivo .ron
load-over-limit = el archivo tiene { $size } bytes, más que el límite de { $limit } MiB
load-cannot-read-folder = no se puede leer la carpeta: { $error }
load-origin-builtin = el integrado { $name }
load-origin-file = { $path }
load-deck-id-taken = { $origin } ya usa este id de mazo; da otro id a uno de los mazos
load-translation-no-deck = esta traducción es de un mazo que no está cargado; añade el mazo o pon la traducción junto a él
load-translation-language = «{ $tag }» no es una etiqueta de idioma; escribe una como es, de, ja o pt-BR
load-progress-empty = el archivo de progreso está vacío
name-control = el nombre del estudiante debe ocupar una sola línea, sin saltos de línea, tabuladores ni caracteres de control
name-bidi = el nombre del estudiante contiene un carácter de control de derecha a izquierda o de izquierda a derecha (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F o U+061C) que cambia cómo se muestra; escribe el nombre sin él
name-empty = el nombre del estudiante está vacío
name-too-long = el nombre del estudiante tiene más de { $max } caracteres
exercise-file-at = línea { $line }, columna { $col }: { $message }
exercise-file-about = { $about }: { $message }
exercise-file-starts-with = el archivo empieza por `{ $word }`; los archivos de SRM Study empiezan por `Deck(` (un mazo), `Exercise(` o `ExerciseResult(` (consulta content/README.md)
exercise-file-cards-not-sealed = `cards:` (las tarjetas) es solo para un archivo sellado para estudiantes (sealed: true, sin key)
exercise-file-cards-and-items = un archivo sellado para estudiantes lleva sus tarjetas en `cards:`, no en los elementos del mazo
exercise-file-wrong-kind = este archivo empieza por `{ $found }(`, no por `{ $wanted }(`: no es { $kind ->
        [deck] un archivo de mazo
        [exercise] un archivo de ejercicio
       *[result] un archivo de resultado
    }
exercise-file-time-limit-zero = time_limit_secs es 0; quítalo si no quieres límite de tiempo
exercise-file-no-fingerprint = un archivo sellado para estudiantes necesita la huella de su clave de respuestas
exercise-file-key-not-sealed = `key:` es solo para una clave de respuestas, que tiene sealed: true
exercise-file-answered-twice = esta tarjeta tiene dos respuestas; un resultado guarda una respuesta por tarjeta
deck-edit-no-id = el mazo aún no tiene id
deck-edit-no-cards = el mazo aún no tiene tarjetas: añade al menos una tarjeta
deck-edit-card-unknown-topic = su tema “{ $id }” no está en este mazo: elige uno de los temas del mazo
deck-edit-card-unknown-layer = su capa “{ $id }” no está en este mazo: elige una de las capas del mazo
deck-edit-card-unknown-service = nombra el servicio “{ $id }”, que este mazo no tiene: añade el servicio (en la página Pila) o desmárcalo
deck-edit-card-unknown-source = cita la fuente “{ $id }”, que este mazo no tiene: añade la fuente o desmárcala
deck-edit-layer-owner-unknown = da un responsable para la capa “{ $id }”, que este mazo no tiene: añade la capa (en la página Pila)
deck-edit-unknown-ref = nombra { $what ->
        [topic] el tema
        [layer] la capa
        [service] el servicio
       *[source] la fuente
    } “{ $id }”, que este mazo no tiene
deck-edit-id-taken = { $what ->
        [card] otra tarjeta tiene
        [deck] otro mazo tiene
        [topic] otro tema tiene
        [source] otra fuente tiene
        [layer] otra capa tiene
       *[service] otro servicio tiene
    } el mismo id “{ $id }”
deck-edit-name-empty = el nombre está vacío
deck-edit-about = { $what ->
        [topic] Tema
        [source] Fuente
        [layer] Capa
        [service] Servicio
       *[other] Parte
    } “{ $id }”: { $message }
lint-warning = aviso
lint-whole-area = tarjeta "{ $id }": "{ $text }" nombra un área entera ({ $words }) mientras que otras { $specific } tarjetas del tema "{ $topic }" nombran tareas concretas, así que destaca entre ellas; nombra el recurso, el ajuste o el paso concreto (en una tarjeta Compartida, lo que hace cada parte)
lint-where-line = {" "}(línea { $line })
lint-where-file-line = {" "}en { $file }:{ $line }
lint-where-file = {" "}en { $file }
lint-near-duplicate = tarjeta "{ $id }": su texto "{ $text }" es casi igual al de la tarjeta "{ $other }"{ $where_other }: "{ $other_text }"; une las dos tarjetas o reescribe una para que la diferencia entre las tareas quede clara
lint-list-and = { $list } y { $last }
lint-give-away = tarjeta "{ $id }": { $listed } en el texto de la tarjeta { $count ->
        [one] delata
       *[other] delatan
    } al responsable; { $advice }
lint-advice-second-person = las palabras en segunda persona y los posesivos apuntan al cliente; nombra la cosa en su lugar ("Patching the guest OS of an EC2 instance", no "Patching your own OS")
lint-advice-names-owner = nombra a un responsable; describe la tarea sin decir quién la hace ("Securing the data centre buildings", no "Securing AWS's buildings")
lint-advice-shared = marca la tarjeta como Compartida; nombra la tarea concreta o haz una tarjeta por cada parte ("Writing key policies for AWS KMS keys" y "Protecting KMS key material in HSMs")
lint-opening = tarjeta "{ $id }": las { $count } tarjetas cuyo texto empieza por "{ $phrase }" son de { $owner } ({ $ids }), así que un estudiante puede clasificarlas por sus primeras palabras; reescribe algunas o empieza igual tarjetas de otro responsable
lint-single-owner-topic = tema "{ $id }": las { $count } tarjetas son de { $owner }, así que al clasificar este tema todas van al mismo grupo; añádele tarjetas de otro responsable o únelo a otro tema
lint-translation-wrong-deck = esta traducción nombra el mazo "{ $named }", pero se aplica a "{ $base }"; escribe el id del mazo que traduce
lint-translation-unknown = { $what ->
        [about] el título del mazo
        [topic] el tema "{ $id }"
        [layer] la capa "{ $id }"
        [service] el servicio "{ $id }"
        [source] la fuente "{ $id }"
       *[item] el elemento "{ $id }"
    }: el mazo no tiene esa entrada; corrige el id o quita la entrada
lint-translation-duplicate = { $what ->
        [about] el título del mazo
        [topic] el tema "{ $id }"
        [layer] la capa "{ $id }"
        [service] el servicio "{ $id }"
        [source] la fuente "{ $id }"
       *[item] el elemento "{ $id }"
    }: traducido dos veces; deja una sola entrada
lint-translation-stale = { $what ->
        [about] el título del mazo
        [topic] el tema "{ $id }"
        [layer] la capa "{ $id }"
        [service] el servicio "{ $id }"
        [source] la fuente "{ $id }"
       *[item] el elemento "{ $id }"
    }: el inglés cambió desde que se tradujo, así que se muestra en inglés; actualiza la traducción y copia el nuevo `from` de una plantilla (`cargo run --example overlay_template`)
lint-translation-empty = { $what ->
        [about] el título del mazo
        [topic] el tema "{ $id }"
        [layer] la capa "{ $id }"
        [service] el servicio "{ $id }"
        [source] la fuente "{ $id }"
       *[item] el elemento "{ $id }"
    }: la traducción está vacía; escríbela o quita la entrada para mostrar el inglés
lint-translation-missing = { $what ->
        [about] el título del mazo
        [topic] el tema "{ $id }"
        [layer] la capa "{ $id }"
        [service] el servicio "{ $id }"
        [source] la fuente "{ $id }"
       *[item] el elemento "{ $id }"
    }: sin traducir a { $language }; se muestra en inglés
lint-translation-give-away = elemento "{ $id }": { $listed } en el texto de la tarjeta ({ $language }) { $count ->
        [one] le dice
       *[other] le dicen
    } al estudiante quién tiene la tarea; describe la tarea sin decir quién la hace
lint-translation-english = elemento "{ $id }": el texto de la tarjeta es igual al inglés; tradúcelo a { $language }
lint-translation-glossary = "{ $id }": el inglés dice "{ $term }"; usa la palabra del glosario ({ $words })
lint-translation-service = "{ $id }": deja el nombre del servicio "{ $service }" tal como está

## table
table-unreadable = no se puede leer la tabla: { $error }
table-unreadable-at = línea { $line }: no se puede leer la tabla: { $error }
table-text-empty = el texto está vacío
table-owner-empty = el responsable está vacío: elija AWS, Cliente o Compartido
table-owner-unclear = el responsable "{ $word }" no es claramente AWS, Cliente o Compartido: elija uno
table-owner-read-as = el responsable "{ $word }" se leyó como { $owner }
table-explanation-empty = la explicación está vacía: diga por qué este responsable
table-topic-not-in-deck = el tema "{ $topic }" no está en este mazo: créelo o indique un tema que el mazo tenga
table-same-text = el mismo texto que la fila de la línea { $line }
table-updates-card = actualiza la tarjeta "{ $id }", que tiene el mismo texto
table-service-builtin = el servicio "{ $name }" es el integrado { $builtin } (id "{ $id }"): se copia en este mazo con su pila
table-service-new = el servicio "{ $name }" no es uno integrado: se añade a este mazo como servicio nuevo (id "{ $id }"); asígnele un responsable por capa en la página Pila
table-topic-builtin = el tema "{ $name }" es el integrado "{ $title }": se copia en este mazo
table-topic-new = el tema "{ $name }" es nuevo y se creará
table-source-new = la fuente { $url } es nueva y se añadirá
table-control-characters = los caracteres de control ({ $names }) se convirtieron en espacios

## export
export-error-no-cards = no hay tarjetas que exportar (revise los filtros --topic y --service)
export-error-xml = no se puede escribir el XML: { $error }
export-error-zip = no se puede escribir el paquete zip: { $error }
export-error-json = no se puede escribir el JSON: { $error }
export-error-class-uri = el URI de clase "{ $uri }" no se puede usar: indique una dirección absoluta http:// o https://, p. ej. https://school.example/classes/cloud-101
export-error-duplicate-student = dos resultados del estudiante "{ $student }" son el mismo intento; conserve uno, o expórtelos por separado con intentos distintos
export-error-other-exercise = el resultado de "{ $student }" es del ejercicio "{ $found }", no de "{ $expected }"
export-unknown-topic = tema "{ $topic }"
export-unknown-service = servicio "{ $service }"

## lrs-config
lrs-config-no-endpoint-cli = indique el punto de conexión del LRS con --endpoint URL
lrs-config-no-endpoint = Escriba primero el punto de conexión del LRS en la configuración del LRS.
lrs-config-no-key-cli = indique la clave del LRS (nombre de usuario) con --key KEY
lrs-config-no-key = Escriba primero la clave del LRS (nombre de usuario) en la configuración del LRS.
lrs-config-no-secret-cli = defina { $variable } con el secreto del LRS (nunca se da en la línea de comandos)
lrs-config-no-secret = No hay ningún secreto guardado: escriba el secreto del LRS en la configuración del LRS y guarde.
lrs-config-secret-unreadable = no se puede leer el secreto guardado: { $error }
lrs-test-connected = Conectado a { $endpoint } ({ $versions }): la clave y el secreto se aceptan.
lrs-test-versions = xAPI { $versions }
lrs-test-no-about = sin /about
lrs-conflict = { $student }, { $what }: el LRS ya tiene la declaración { $id } con otro contenido
lrs-conflict-card = tarjeta { $card }
lrs-conflict-exercise = el ejercicio

## exercise-build
exercise-build-no-cards = elige al menos una tarjeta para el ejercicio
exercise-build-unknown-card = la tarjeta { $item } del mazo { $deck } no está entre los mazos cargados
exercise-write-ron = el ejercicio no se pudo escribir como RON: { $error }
exercise-write-io = { $path }: no se puede escribir el archivo: { $error }
exercise-write-key-over-student = { $path }: la clave de respuestas no puede llevar el nombre del archivo para estudiantes; elige un nombre que termine en .ron
