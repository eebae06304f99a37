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
editor-guide-intro = Cómo escribir un mazo a mano (un archivo .ron) o como una tabla para pegar o importar: la guía que acompaña a SRM Study (content/README.md en sus fuentes). Por ahora la guía solo está en inglés.

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
