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
app-typed-no-folder = La carpeta { $folder } no existe. Escribe la ruta de una carpeta existente.
app-typed-nothing = No hay nada en { $path }. Revisa la ortografía o indica la ruta completa.
app-typed-folder = { $path } es una carpeta. Escribe la ruta de un archivo que esté dentro.

app-dialog-export-exercise = Exportar el ejercicio
app-dialog-open-exercise = Abrir un archivo de ejercicio
app-dialog-save-result = Guardar tu resultado
app-dialog-report-exercise = Elegir el ejercicio que se va a calificar
app-dialog-report-results = Añadir archivos de resultados de los estudiantes
app-dialog-export-csv = Exportar el informe de la clase como CSV
app-dialog-export-xapi = Exportar los resultados de la clase como sentencias xAPI
app-dialog-import-deck = Importar un archivo de mazo
app-dialog-export-deck = Exportar un mazo
app-dialog-export-edited-deck = Exportar el mazo en edición
app-typed-field = Ruta del archivo
app-typed-field-results = Ruta de un archivo o una carpeta de resultados
app-typed-no-file-chosen = No se eligió ningún archivo. Si no apareció ningún diálogo de archivos (algunos escritorios no pueden mostrarlo), escribe aquí la ruta; si no, pulsa Cancelar.
app-typed-hint-save = El archivo se escribe ahí; un archivo con el mismo nombre se reemplaza. Una carpeta recibe el nombre de archivo propuesto.
app-typed-hint-results = Un archivo de resultados o una carpeta: se añaden todos los archivos .ron que contenga.
app-typed-hint-open = La ruta completa del archivo, p. ej. /home/me/week-3-quiz.ron.
app-typed-empty = Escribe primero la ruta de un archivo, p. ej. /home/me/quiz.ron.
app-typed-ok = Aceptar
app-typed-cancel = Cancelar

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
