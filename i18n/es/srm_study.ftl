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
sort-review-nothing-due = 🔁 Repaso (nada pendiente)
sort-review-new = { $new ->
    [one] 🔁 Repaso: { $new } tarjeta nueva
   *[other] 🔁 Repaso: { $new } tarjetas nuevas
}
sort-review-due = 🔁 Repaso pendiente ({ $due })
sort-review-due-and-new = 🔁 Repaso pendiente ({ $due }) + { $new } nuevas
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
