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
