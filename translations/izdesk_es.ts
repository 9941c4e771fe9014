<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountDisplay</name>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (quedan %2)</translation>
    </message>
    <message>
        <source>%1 %2 ago</source>
        <translation>hace %1 %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed document on file: %1 bytes, SHA-256 %2</source>
        <translation>Documento firmado en archivo: %1 bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>No signed document on file</source>
        <translation>No hay documento firmado en archivo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>Cannot reach the server at %1. Check the network connection or try again later.</source>
        <translation>No se puede conectar con el servidor en %1. Revise la conexión de red o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The connection timed out while talking to %1.</source>
        <translation>Se agotó el tiempo de espera de la conexión con %1.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified (%1). The connection was not made.</source>
        <translation>No se pudo verificar el certificado TLS del servidor (%1). No se estableció la conexión.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La solicitud a %1 falló: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The item was not found on the server.</source>
        <translation>El elemento no se encontró en el servidor.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again in a moment.</source>
        <translation>El servidor no está disponible temporalmente (HTTP %1). Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>El servidor respondió con un error (HTTP %1).</translation>
    </message>
    <message>
        <source>Refused to connect to %1 without encryption: plain HTTP is allowed only to this computer. Use an https:// address.</source>
        <translation>Se rechazó la conexión con %1 sin cifrado: HTTP sin cifrar solo se permite hacia este equipo. Use una dirección https://.</translation>
    </message>
</context>
<context>
    <name>CodesetRelease</name>
    <message>
        <source>an unknown user</source>
        <translation>un usuario desconocido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Staged by %1 on %2; waiting for approval.</source>
        <translation>Preparada por %1 el %2; en espera de aprobación.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; not published yet.</source>
        <translation>Aprobada por %1 el %2; todavía no publicada.</translation>
    </message>
    <message>
        <source>Published by %1 on %2; the checker and the patient record use it.</source>
        <translation>Publicada por %1 el %2; el comprobador y el registro del paciente la usan.</translation>
    </message>
    <message>
        <source>Discarded by %1 on %2.</source>
        <translation>Descartada por %1 el %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateDisplay</name>
    <message>
        <source>= Same</source>
        <translation>= Igual</translation>
    </message>
    <message>
        <source>≈ Close</source>
        <translation>≈ Parecido</translation>
    </message>
    <message>
        <source>≠ Differs</source>
        <translation>≠ Diferente</translation>
    </message>
    <message>
        <source>– Missing</source>
        <translation>– Falta</translation>
    </message>
    <message>
        <source>kept one names the vaccine more exactly</source>
        <translation>el conservado nombra la vacuna con más precisión</translation>
    </message>
    <message>
        <source>kept one was administered, this one is historical</source>
        <translation>el conservado fue administrado; este es histórico</translation>
    </message>
    <message>
        <source>kept one has a lot number</source>
        <translation>el conservado tiene número de lote</translation>
    </message>
    <message>
        <source>same dose recorded twice</source>
        <translation>la misma dosis registrada dos veces</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>el origen</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>el destino</translation>
    </message>
    <message>
        <source>A later edit of %1 could not be placed: both patients got their value from before the merge.</source>
        <translation>No se pudo aplicar una edición posterior de %1: ambos pacientes recibieron su valor de antes de la fusión.</translation>
    </message>
    <message>
        <source>Vaccination event %1 no longer exists and could not be put back.</source>
        <translation>El evento de vacunación %1 ya no existe y no se pudo restaurar.</translation>
    </message>
    <message>
        <source>Identifier %1 no longer exists and could not be put back.</source>
        <translation>El identificador %1 ya no existe y no se pudo restaurar.</translation>
    </message>
    <message>
        <source>Someone showed or hid event %1 after the merge; it is back as it was before.</source>
        <translation>Alguien mostró u ocultó el evento %1 después de la fusión; ha vuelto a quedar como antes.</translation>
    </message>
    <message>
        <source>A later edit of %1 went to %2.</source>
        <translation>Una edición posterior de %1 pasó a %2.</translation>
    </message>
    <message>
        <source>Event %1, added after the merge, stays on %2.</source>
        <translation>El evento %1, agregado después de la fusión, permanece en %2.</translation>
    </message>
    <message>
        <source>Identifier %1, added after the merge, stays on %2.</source>
        <translation>El identificador %1, agregado después de la fusión, permanece en %2.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>No es duplicado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>“%1” is too large (%2 MB); files can be at most %3 MB.</source>
        <translation>“%1” es demasiado grande (%2 MB); los archivos pueden tener como máximo %3 MB.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large; files can be at most %2 MB.</source>
        <translation>“%1” es demasiado grande; los archivos pueden tener como máximo %2 MB.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vacío.</translation>
    </message>
    <message>
        <source>“%1” is named as a PDF or image, but its content is not a PDF, PNG, JPEG or TIFF file.</source>
        <translation>“%1” tiene nombre de PDF o de imagen, pero su contenido no es un archivo PDF, PNG, JPEG ni TIFF.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: only PDF, PNG, JPEG and TIFF files can be attached.</source>
        <translation>No se puede enviar “%1”: solo se pueden adjuntar archivos PDF, PNG, JPEG y TIFF.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation>No se puede guardar “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Hl7CheckResult</name>
    <message>
        <source>%1 has no check or no known severity</source>
        <translation>%1 no tiene comprobación o su gravedad no es conocida</translation>
    </message>
    <message>
        <source>%1 points at segment %2 of %3</source>
        <translation>%1 apunta al segmento %2 de %3</translation>
    </message>
    <message>
        <source>%1 has no offset or length</source>
        <translation>%1 no tiene posición ni longitud</translation>
    </message>
    <message>
        <source>%1, segment %2 has no valid byte range</source>
        <translation>%1, el segmento %2 no tiene un rango de bytes válido</translation>
    </message>
    <message>
        <source>the answer has no report with a summary and a verdict</source>
        <translation>la respuesta no contiene un informe con resumen y veredicto</translation>
    </message>
    <message>
        <source>the report describes %1 message(s) but the answer lays out %2</source>
        <translation>el informe describe %1 mensaje(s), pero la respuesta presenta %2</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensaje %1</translation>
    </message>
    <message>
        <source>%1 has no verdict</source>
        <translation>%1 no tiene veredicto</translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <translation>%1, hallazgo %2</translation>
    </message>
    <message>
        <source>General checks</source>
        <translation>Comprobaciones generales</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Administered dose coding</source>
        <translation>Código de la dosis administrada</translation>
    </message>
    <message>
        <source>Codes valid on the day</source>
        <translation>Códigos válidos en la fecha</translation>
    </message>
    <message>
        <source>Eligibility and funding</source>
        <translation>Elegibilidad y fondos</translation>
    </message>
    <message>
        <source>Manufacturer and lot</source>
        <translation>Fabricante y lote</translation>
    </message>
    <message>
        <source>Race and ethnicity coded</source>
        <translation>Raza y etnia codificadas</translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation>Dirección y teléfono</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Protection and publicity</source>
        <translation>Protección y publicidad</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>No Social Security numbers</source>
        <translation>Sin n.º de Seguro Social</translation>
    </message>
    <message>
        <source>No filler data</source>
        <translation>Sin datos de relleno</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Plan</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Test transport</source>
        <translation>Prueba de transporte</translation>
    </message>
    <message>
        <source>Technical review</source>
        <translation>Revisión técnica</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Moved back in the queue</source>
        <translation>Devuelto a la cola</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Clinical champion</source>
        <translation>Referente clínico</translation>
    </message>
    <message>
        <source>Access administrator</source>
        <translation>Administrador de accesos</translation>
    </message>
    <message>
        <source>SOAP web service</source>
        <translation>Servicio web SOAP</translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>MLLP</source>
        <translation>MLLP</translation>
    </message>
    <message>
        <source>Flat file</source>
        <translation>Archivo plano</translation>
    </message>
    <message>
        <source>Web entry</source>
        <translation>Ingreso en la web</translation>
    </message>
    <message>
        <source>Electronic (HL7)</source>
        <translation>Electrónico (HL7)</translation>
    </message>
    <message>
        <source>Direct entry</source>
        <translation>Ingreso directo</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Carta de invitación</translation>
    </message>
    <message>
        <source>Ongoing-submission letter</source>
        <translation>Carta de envío continuo</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Ninguno en archivo</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>overdue today</source>
        <translation>venció hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de atraso</numerusform>
            <numerusform>%n días de atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnboardingBoard</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>gate met: ready to pass</source>
        <translation>criterios de la etapa cumplidos: se puede aprobar</translation>
    </message>
    <message>
        <source>gate not met</source>
        <translation>criterios de la etapa no cumplidos</translation>
    </message>
    <message numerus="yes">
        <source>#%1 · priority %2 · waiting %n day(s)</source>
        <translation>
            <numerusform>n.º %1 · prioridad %2 · %n día en espera</numerusform>
            <numerusform>n.º %1 · prioridad %2 · %n días en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>registrado el %1</translation>
    </message>
    <message>
        <source>registration complete</source>
        <translation>registro completo</translation>
    </message>
    <message>
        <source>registration incomplete</source>
        <translation>registro incompleto</translation>
    </message>
    <message>
        <source>moved back: %1</source>
        <translation>devuelto: %1</translation>
    </message>
</context>
<context>
    <name>OnboardingProjectRules</name>
    <message>
        <source>Gate met: %1 can be passed.</source>
        <translation>Criterios cumplidos: se puede aprobar %1.</translation>
    </message>
    <message>
        <source>Gate not met for %1:</source>
        <translation>Criterios no cumplidos para %1:</translation>
    </message>
</context>
<context>
    <name>VerificationOutcome</name>
    <message>
        <source>read to the caller</source>
        <translation>leer a la persona que llama</translation>
    </message>
    <message>
        <source>mail to the address on file</source>
        <translation>enviar por correo a la dirección registrada</translation>
    </message>
    <message>
        <source>fax to the facility on file</source>
        <translation>enviar por fax al centro registrado</translation>
    </message>
    <message>
        <source>print for pick-up at the desk</source>
        <translation>imprimir para recoger en la oficina</translation>
    </message>
    <message>
        <source>All of these must match</source>
        <translation>Todos estos datos deben coincidir</translation>
    </message>
    <message>
        <source>At least one of these must match (each can be tried once)</source>
        <translation>Al menos uno de estos datos debe coincidir (cada uno se puede intentar una vez)</translation>
    </message>
    <message>
        <source>At least one of these must match or be confirmed</source>
        <translation>Al menos uno de estos datos debe coincidir o ser confirmado</translation>
    </message>
    <message>
        <source>Not verified — do not read or release anything to this caller yet.</source>
        <translation>No verificado: todavía no lea ni entregue nada a esta persona.</translation>
    </message>
    <message>
        <source>● Verification in progress — do not read anything to the caller yet.</source>
        <translation>● Verificación en curso: todavía no lea nada a la persona que llama.</translation>
    </message>
    <message>
        <source>↗ Referred to a supervisor — release nothing; a supervisor will follow up.</source>
        <translation>↗ Remitido a un supervisor: no entregue nada; un supervisor hará el seguimiento.</translation>
    </message>
    <message>
        <source>✗ The verification expired — verify again before releasing anything.</source>
        <translation>✗ La verificación venció: verifique de nuevo antes de entregar nada.</translation>
    </message>
    <message>
        <source>Expires in %1:%2.</source>
        <translation>Vence en %1:%2.</translation>
    </message>
    <message>
        <source>✓ Verified — may %1.</source>
        <translation>✓ Verificado: puede %1.</translation>
    </message>
    <message>
        <source>release nothing</source>
        <translation>no entregar nada</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>this caller type does not fit the patient&apos;s age</source>
        <translation>este tipo de persona que llama no corresponde a la edad del paciente</translation>
    </message>
    <message>
        <source>%1 did not match</source>
        <translation>%1 no coincidió</translation>
    </message>
    <message>
        <source>no remaining evidence can pass (%1)</source>
        <translation>ninguna prueba restante puede aprobarse (%1)</translation>
    </message>
    <message>
        <source>✗ Verification failed.</source>
        <translation>✗ La verificación falló.</translation>
    </message>
    <message>
        <source>✗ Verification failed: %1.</source>
        <translation>✗ La verificación falló: %1.</translation>
    </message>
    <message>
        <source>Failed attempts today: %1 of %2.</source>
        <translation>Intentos fallidos hoy: %1 de %2.</translation>
    </message>
    <message>
        <source>Phone release is now locked for this patient; a supervisor has been alerted.</source>
        <translation>La entrega por teléfono está bloqueada para este paciente; se avisó a un supervisor.</translation>
    </message>
</context>
<context>
    <name>izdesk</name>
    <message>
        <source>must be one of: %1</source>
        <translation>debe ser uno de: %1</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
</context>
<context>
    <name>izdesk::AccountsConnector</name>
    <message>
        <source>Loading the worklists…</source>
        <translation>Cargando las listas de trabajo…</translation>
    </message>
    <message>
        <source>This link does not name a record that can be opened.</source>
        <translation>Este enlace no indica un registro que se pueda abrir.</translation>
    </message>
    <message>
        <source>Worklists updated at %1.</source>
        <translation>Listas de trabajo actualizadas a las %1.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ahora está %2.</translation>
    </message>
    <message>
        <source>%1 recorded; it expires on %2.</source>
        <translation>Se registró %1; vence el %2.</translation>
    </message>
    <message>
        <source>1 account changed.</source>
        <translation>Se cambió 1 cuenta.</translation>
    </message>
    <message>
        <source>%1 accounts changed.</source>
        <translation>Se cambiaron %1 cuentas.</translation>
    </message>
    <message>
        <source>Renewal reminders saved to %1 (rows: %2).</source>
        <translation>Recordatorios de renovación guardados en %1 (filas: %2).</translation>
    </message>
    <message>
        <source>Temporary password issued for %1.</source>
        <translation>Se emitió una contraseña temporal para %1.</translation>
    </message>
    <message>
        <source>Signed document attached (%1).</source>
        <translation>Documento firmado adjuntado (%1).</translation>
    </message>
    <message>
        <source>Signed document saved to %1.</source>
        <translation>Documento firmado guardado en %1.</translation>
    </message>
</context>
<context>
    <name>izdesk::AccountsController</name>
    <message>
        <source>“%1” was not attached: %2</source>
        <translation>No se adjuntó “%1”: %2</translation>
    </message>
    <message>
        <source>Someone else changed this account meanwhile; nothing was changed. The account shows its current state now: check it and try again.</source>
        <translation>Otra persona cambió esta cuenta mientras tanto; no se cambió nada. La cuenta muestra ahora su estado actual: revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Select between 1 and 200 accounts for a bulk change.</source>
        <translation>Seleccione entre 1 y 200 cuentas para un cambio en bloque.</translation>
    </message>
</context>
<context>
    <name>izdesk::AccountsWorklistView</name>
    <message>
        <source>Expiring agreements</source>
        <translation>Acuerdos por vencer</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Solicitudes pendientes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Recently inactivated</source>
        <translation>Inactivadas recientemente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Inactivated</source>
        <translation>Inactivada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Activate selected</source>
        <translation>A&amp;ctivar seleccionadas</translation>
    </message>
    <message>
        <source>I&amp;nactivate selected</source>
        <translation>&amp;Inactivar seleccionadas</translation>
    </message>
    <message>
        <source>E&amp;xport renewal reminders (CSV)…</source>
        <translation>E&amp;xportar recordatorios de renovación (CSV)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Accounts worklists</source>
        <translation>Listas de trabajo de cuentas</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>Listas de trabajo</translation>
    </message>
    <message>
        <source>&amp;Expiring agreements</source>
        <translation>Acuerdos por &amp;vencer</translation>
    </message>
    <message>
        <source>&amp;Pending requests</source>
        <translation>Solicitudes &amp;pendientes</translation>
    </message>
    <message>
        <source>Recently &amp;inactivated</source>
        <translation>Inactivadas &amp;recientemente</translation>
    </message>
    <message>
        <source>Open the selected account or organization</source>
        <translation>Abrir la cuenta u organización seleccionada</translation>
    </message>
    <message>
        <source>Activate the selected accounts</source>
        <translation>Activar las cuentas seleccionadas</translation>
    </message>
    <message>
        <source>Reason for inactivating the selected accounts</source>
        <translation>Motivo para inactivar las cuentas seleccionadas</translation>
    </message>
    <message>
        <source>Inactivate the selected accounts with the reason given</source>
        <translation>Inactivar las cuentas seleccionadas con el motivo indicado</translation>
    </message>
    <message>
        <source>Export renewal reminders for the expiring agreements as a CSV file</source>
        <translation>Exportar como archivo CSV los recordatorios de renovación de los acuerdos por vencer</translation>
    </message>
    <message>
        <source>Reload the worklists</source>
        <translation>Volver a cargar las listas de trabajo</translation>
    </message>
    <message>
        <source>Worklist counts</source>
        <translation>Totales de las listas de trabajo</translation>
    </message>
    <message>
        <source>Worklist status</source>
        <translation>Estado de las listas de trabajo</translation>
    </message>
    <message>
        <source>Reason (needed to inactivate)</source>
        <translation>Motivo (necesario para inactivar)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>IIS user</source>
        <translation>Usuario del IIS</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Export renewal reminders</source>
        <translation>Exportar recordatorios de renovación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>renewal-reminders-%1.csv</source>
        <translation>recordatorios-renovacion-%1.csv</translation>
    </message>
    <message>
        <source>Bulk actions are for supervisors, trainers and administrators.</source>
        <translation>Las acciones en bloque son para supervisores, capacitadores y administradores.</translation>
    </message>
    <message>
        <source>&amp;Expiring agreements (%1)</source>
        <translation>Acuerdos por &amp;vencer (%1)</translation>
    </message>
    <message>
        <source>&amp;Pending requests (%1)</source>
        <translation>Solicitudes &amp;pendientes (%1)</translation>
    </message>
    <message>
        <source>Recently &amp;inactivated (%1)</source>
        <translation>Inactivadas &amp;recientemente (%1)</translation>
    </message>
    <message>
        <source>%1 expiring or expired agreements · %2 pending requests · %3 recently inactivated · %4 selected</source>
        <translation>%1 acuerdos por vencer o vencidos · %2 solicitudes pendientes · %3 inactivadas recientemente · %4 seleccionadas</translation>
    </message>
</context>
<context>
    <name>izdesk::AgreementDocumentBar</name>
    <message>
        <source>Attac&amp;h signed document…</source>
        <translation>A&amp;djuntar documento firmado…</translation>
    </message>
    <message>
        <source>Sav&amp;e signed document…</source>
        <translation>&amp;Guardar documento firmado…</translation>
    </message>
    <message>
        <source>Attach signed document…</source>
        <translation>Adjuntar documento firmado…</translation>
    </message>
    <message>
        <source>Save signed document…</source>
        <translation>Guardar documento firmado…</translation>
    </message>
    <message>
        <source>Attach the signed document (PDF, PNG, JPEG or TIFF, up to 10 MB) to the selected agreement</source>
        <translation>Adjuntar el documento firmado (PDF, PNG, JPEG o TIFF, hasta 10 MB) al acuerdo seleccionado</translation>
    </message>
    <message>
        <source>Save the selected agreement&apos;s signed document</source>
        <translation>Guardar el documento firmado del acuerdo seleccionado</translation>
    </message>
    <message>
        <source>Save the signed agreement</source>
        <translation>Guardar el acuerdo firmado</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>Adjuntar el acuerdo firmado</translation>
    </message>
    <message>
        <source>Signed documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documentos firmados (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Imágenes (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Replace the signed document</source>
        <translation>Reemplazar el documento firmado</translation>
    </message>
    <message>
        <source>A signed document (%1) is on file for this agreement. Replace it?</source>
        <translation>Este acuerdo ya tiene un documento firmado en archivo (%1). ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Attaching “%1”…</source>
        <translation>Adjuntando “%1”…</translation>
    </message>
    <message>
        <source>Saving the signed document to %1…</source>
        <translation>Guardando el documento firmado en %1…</translation>
    </message>
</context>
<context>
    <name>izdesk::Application</name>
    <message>
        <source>Starting the Local sandbox…</source>
        <translation>Iniciando el entorno local…</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 creado</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; showing their version</source>
        <translation>Otra persona cambió %1; se muestra su versión</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Offline: the call&apos;s ticket is kept on this computer and sent when the server can be reached (Ctrl+Shift+N)</source>
        <translation>Sin conexión: el caso de la llamada se guarda en este equipo y se envía cuando se pueda conectar con el servidor (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Start a new ticket for a call that is coming in now (Ctrl+Shift+N)</source>
        <translation>Iniciar un caso nuevo para una llamada que está entrando (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Offline: the new ticket is kept on this computer and sent when the server can be reached (Ctrl+N)</source>
        <translation>Sin conexión: el caso nuevo se guarda en este equipo y se envía cuando se pueda conectar con el servidor (Ctrl+N)</translation>
    </message>
    <message>
        <source>No connection: the new ticket is saved on this computer and will be sent later.</source>
        <translation>Sin conexión: el caso nuevo se guardó en este equipo y se enviará más tarde.</translation>
    </message>
</context>
<context>
    <name>izdesk::AttachmentsView</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>TIFF scan</source>
        <translation>Documento escaneado TIFF</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar archivo adjunto</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Adjuntar archivo…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Agregado por</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Attach a file to this ticket</source>
        <translation>Adjuntar un archivo a este caso</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Abrir el archivo adjunto seleccionado</translation>
    </message>
    <message>
        <source>Save the selected attachment as a file</source>
        <translation>Guardar como archivo el adjunto seleccionado</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>Estado de los archivos adjuntos</translation>
    </message>
    <message>
        <source>Scanned forms and documents: %1.</source>
        <translation>Formularios y documentos escaneados: %1.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Offline: files can be attached once the server can be reached</source>
        <translation>Sin conexión: podrá adjuntar archivos cuando se pueda conectar con el servidor</translation>
    </message>
    <message>
        <source>Attach a file (%1)</source>
        <translation>Adjuntar un archivo (%1)</translation>
    </message>
</context>
<context>
    <name>izdesk::AutoAssignDialog</name>
    <message>
        <source>Only the &amp;selected tickets</source>
        <translation>Solo los casos &amp;seleccionados</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Apply plan</source>
        <translation>&amp;Aplicar el plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Auto-assign tickets</source>
        <translation>Asignar casos automáticamente</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Least loaded first</source>
        <translation>Primero el menos cargado</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Por turnos (round robin)</translation>
    </message>
    <message>
        <source>Only the selected tickets</source>
        <translation>Solo los casos seleccionados</translation>
    </message>
    <message>
        <source>Preview the assignment</source>
        <translation>Ver una vista previa de la asignación</translation>
    </message>
    <message>
        <source>Apply the previewed plan</source>
        <translation>Aplicar el plan de la vista previa</translation>
    </message>
    <message>
        <source>Planned assignments</source>
        <translation>Asignaciones planificadas</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Skipped tickets</source>
        <translation>Casos omitidos</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>Motivo de la omisión</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>&amp;Estrategia:</translation>
    </message>
    <message>
        <source>Plan (only specialists on shift whose skills cover the category)</source>
        <translation>Plan (solo especialistas en turno cuyas habilidades cubren la categoría)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Only the &amp;selected tickets (%1)</source>
        <translation>Solo los casos &amp;seleccionados (%1)</translation>
    </message>
    <message>
        <source>Preview first: nothing is assigned until you apply the plan.</source>
        <translation>Primero vea la vista previa: no se asigna nada hasta que aplique el plan.</translation>
    </message>
    <message>
        <source>Working out a plan…</source>
        <translation>Calculando un plan…</translation>
    </message>
    <message>
        <source>Nothing to assign.</source>
        <translation>No hay nada que asignar.</translation>
    </message>
    <message>
        <source>%1 to assign, %2 skipped. Apply assigns exactly these.</source>
        <translation>%1 por asignar, %2 omitidos. Aplicar asigna exactamente estos.</translation>
    </message>
    <message>
        <source>The queue changed since the preview (%1). Preview again.</source>
        <translation>La cola cambió desde la vista previa (%1). Vuelva a ver la vista previa.</translation>
    </message>
    <message>
        <source>%1 tickets assigned.</source>
        <translation>%1 casos asignados.</translation>
    </message>
</context>
<context>
    <name>izdesk::BulkEditDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change several tickets</source>
        <translation>Cambiar varios casos</translation>
    </message>
    <message>
        <source>A&amp;ssignee</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo valor de %1</translation>
    </message>
    <message>
        <source>Apply the changes to the selected tickets</source>
        <translation>Aplicar los cambios a los casos seleccionados</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change 1 ticket. Only the ticked fields change.</source>
        <translation>Cambiar 1 caso. Solo cambian los campos marcados.</translation>
    </message>
    <message>
        <source>Change %1 tickets at once. Only the ticked fields change; if any change is refused, none is applied.</source>
        <translation>Cambiar %1 casos a la vez. Solo cambian los campos marcados; si se rechaza algún cambio, no se aplica ninguno.</translation>
    </message>
    <message>
        <source>&amp;Apply to %1 tickets</source>
        <translation>&amp;Aplicar a %1 casos</translation>
    </message>
</context>
<context>
    <name>izdesk::CallTimerWidget</name>
    <message>
        <source>Call duration</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation>Detener la llamada</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Iniciar la llamada</translation>
    </message>
    <message>
        <source>Stop the call timer</source>
        <translation>Detener el cronómetro de la llamada</translation>
    </message>
    <message>
        <source>Start the call timer</source>
        <translation>Iniciar el cronómetro de la llamada</translation>
    </message>
    <message>
        <source>Start or stop the call timer (Ctrl+Shift+L)</source>
        <translation>Iniciar o detener el cronómetro de la llamada (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>izdesk::CannedResponseController</name>
    <message>
        <source>Someone else changed this canned response first; the list now shows their version.</source>
        <translation>Otra persona cambió primero esta respuesta predefinida; la lista muestra ahora su versión.</translation>
    </message>
</context>
<context>
    <name>izdesk::CannedResponsesDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Offered for category</source>
        <translation>Se ofrece para la categoría</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>New canned response</source>
        <translation>Nueva respuesta predefinida</translation>
    </message>
    <message>
        <source>Save the canned response</source>
        <translation>Guardar la respuesta predefinida</translation>
    </message>
    <message>
        <source>Delete the canned response</source>
        <translation>Eliminar la respuesta predefinida</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Offered for:</source>
        <translation>Se &amp;ofrece para:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A canned response needs a title and a text.</source>
        <translation>Una respuesta predefinida necesita un título y un texto.</translation>
    </message>
    <message>
        <source>Delete canned response</source>
        <translation>Eliminar respuesta predefinida</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Specialists will no longer be offered it.</source>
        <translation>¿Eliminar &quot;%1&quot;? Ya no se ofrecerá a los especialistas.</translation>
    </message>
</context>
<context>
    <name>izdesk::Catalog</name>
    <message>
        <source>Account access / password reset</source>
        <translation>Acceso a la cuenta / restablecer contraseña</translation>
    </message>
    <message>
        <source>New user / facility enrollment</source>
        <translation>Nuevo usuario / inscripción de un centro</translation>
    </message>
    <message>
        <source>Records request</source>
        <translation>Solicitud de registros</translation>
    </message>
    <message>
        <source>Duplicate or fragmented record</source>
        <translation>Registro duplicado o fragmentado</translation>
    </message>
    <message>
        <source>Data correction</source>
        <translation>Corrección de datos</translation>
    </message>
    <message>
        <source>HL7 / data exchange onboarding</source>
        <translation>Incorporación HL7 / intercambio de datos</translation>
    </message>
    <message>
        <source>Vaccine ordering and inventory</source>
        <translation>Pedidos e inventario de vacunas</translation>
    </message>
    <message>
        <source>New or changed vaccine codes</source>
        <translation>Códigos de vacuna nuevos o cambiados</translation>
    </message>
    <message>
        <source>Forecaster question</source>
        <translation>Pregunta sobre el pronosticador</translation>
    </message>
    <message>
        <source>Reminder / recall</source>
        <translation>Recordatorio / aviso</translation>
    </message>
    <message>
        <source>School module</source>
        <translation>Módulo escolar</translation>
    </message>
    <message>
        <source>Opt-out / consent</source>
        <translation>Exclusión voluntaria / consentimiento</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Pending caller</source>
        <translation>Espera respuesta</translation>
    </message>
    <message>
        <source>Pending internal</source>
        <translation>Pendiente interno</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Capacitador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Local health department</source>
        <translation>Departamento de salud local</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Health plan</source>
        <translation>Plan de salud</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>Solo consulta</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Ingreso de datos</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Access administrator</source>
        <translation>Administrador de accesos</translation>
    </message>
    <message>
        <source>School user</source>
        <translation>Usuario escolar</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Pending agreement</source>
        <translation>Acuerdo pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Confidentiality statement</source>
        <translation>Declaración de confidencialidad</translation>
    </message>
    <message>
        <source>User access agreement</source>
        <translation>Acuerdo de acceso del usuario</translation>
    </message>
    <message>
        <source>Organization data use agreement</source>
        <translation>Acuerdo de uso de datos de la organización</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Ninguno en archivo</translation>
    </message>
</context>
<context>
    <name>izdesk::ChangePasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Current password problem</source>
        <translation>Problema con la contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password problem</source>
        <translation>Problema con la contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Password confirmation problem</source>
        <translation>Problema con la confirmación de la contraseña</translation>
    </message>
    <message>
        <source>Password change status</source>
        <translation>Estado del cambio de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repita la nueva contraseña:</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una contraseña nueva</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>%1, your password has to be replaced before the desk opens: it was set by an administrator or it has expired. Choose a new password only you know.</source>
        <translation>%1, debe reemplazar su contraseña antes de abrir el sistema: la estableció un administrador o ha vencido. Elija una contraseña nueva que solo usted conozca.</translation>
    </message>
    <message>
        <source>Change the password of %1. Your sessions on other computers end; this one stays signed in.</source>
        <translation>Cambiar la contraseña de %1. Sus sesiones en otros equipos se cerrarán; esta sigue abierta.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign out without changing the password</source>
        <translation>Cerrar sesión sin cambiar la contraseña</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetChangeModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Code set</source>
        <translation>Conjunto de códigos</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Before (published)</source>
        <translation>Antes (publicado)</translation>
    </message>
    <message>
        <source>After (this release)</source>
        <translation>Después (esta versión)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetCountModel</name>
    <message>
        <source>Code set</source>
        <translation>Conjunto de códigos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetReleaseController</name>
    <message>
        <source>Approving release %1…</source>
        <translation>Aprobando la versión %1…</translation>
    </message>
    <message>
        <source>Publishing release %1…</source>
        <translation>Publicando la versión %1…</translation>
    </message>
    <message>
        <source>Discarding release %1…</source>
        <translation>Descartando la versión %1…</translation>
    </message>
    <message>
        <source>Release %1 is approved. Publish it to put it into use.</source>
        <translation>La versión %1 está aprobada. Publíquela para ponerla en uso.</translation>
    </message>
    <message>
        <source>Release %1 is published: the HL7 checker and the patient record use these code sets now.</source>
        <translation>La versión %1 está publicada: el comprobador HL7 y el registro del paciente usan ahora estos conjuntos de códigos.</translation>
    </message>
    <message>
        <source>Release %1 is discarded; nothing of it was published.</source>
        <translation>La versión %1 está descartada; no se publicó nada de ella.</translation>
    </message>
    <message>
        <source>Release %1 was not approved</source>
        <translation>No se aprobó la versión %1</translation>
    </message>
    <message>
        <source>Release %1 was not published</source>
        <translation>No se publicó la versión %1</translation>
    </message>
    <message>
        <source>Release %1 was not discarded</source>
        <translation>No se descartó la versión %1</translation>
    </message>
    <message>
        <source>Sign in to see code set releases.</source>
        <translation>Inicie sesión para ver las versiones de conjuntos de códigos.</translation>
    </message>
    <message>
        <source>Loading code set releases…</source>
        <translation>Cargando las versiones de conjuntos de códigos…</translation>
    </message>
    <message>
        <source>Your role may not see code set releases.</source>
        <translation>Su rol no permite ver las versiones de conjuntos de códigos.</translation>
    </message>
    <message>
        <source>The releases were not loaded: %1</source>
        <translation>No se cargaron las versiones: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>Sign in to change code set releases.</source>
        <translation>Inicie sesión para cambiar las versiones de conjuntos de códigos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your role may not change code set releases.</source>
        <translation>Su rol no permite cambiar las versiones de conjuntos de códigos.</translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetReleaseDetail</name>
    <message>
        <source>Counts per code set</source>
        <translation>Totales por conjunto de códigos</translation>
    </message>
    <message>
        <source>Codes this release changes</source>
        <translation>Códigos que cambia esta versión</translation>
    </message>
    <message>
        <source>C&amp;odes in this release:</source>
        <translation>&amp;Códigos de esta versión:</translation>
    </message>
    <message>
        <source>Code s&amp;ystem:</source>
        <translation>&amp;Sistema de códigos:</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Sistema de códigos</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevos</translation>
    </message>
    <message>
        <source>Show new codes</source>
        <translation>Mostrar los códigos nuevos</translation>
    </message>
    <message>
        <source>&amp;Changed</source>
        <translation>Ca&amp;mbiados</translation>
    </message>
    <message>
        <source>Show changed codes</source>
        <translation>Mostrar los códigos cambiados</translation>
    </message>
    <message>
        <source>&amp;Retired</source>
        <translation>&amp;Retirados</translation>
    </message>
    <message>
        <source>Show retired codes</source>
        <translation>Mostrar los códigos retirados</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrar los códigos</translation>
    </message>
    <message>
        <source>Code or description</source>
        <translation>Código o descripción</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Release %1: %2</source>
        <translation>Versión %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation>%1 — %2. %3</translation>
    </message>
    <message>
        <source>Files: %1.</source>
        <translation>Archivos: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Not in the release (left as published): %1.</source>
        <translation>No incluido en la versión (se mantiene como está publicado): %1.</translation>
    </message>
    <message>
        <source>All code systems</source>
        <translation>Todos los sistemas de códigos</translation>
    </message>
    <message>
        <source>Select a release to see what it changes.</source>
        <translation>Seleccione una versión para ver lo que cambia.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>%1: the list below shows the first 500 codes of each kind; the counts are complete.</source>
        <translation>%1: la lista de abajo muestra los primeros 500 códigos de cada tipo; los totales están completos.</translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetReleaseListModel</name>
    <message>
        <source>Release %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Release %1: %2</source>
        <translation>Versión %1: %2</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 retired</source>
        <translation>%1 nuevos, %2 cambiados, %3 retirados</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 codes: new / changed / retired</source>
        <translation>Códigos de %1: nuevos / cambiados / retirados</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Preparada</translation>
    </message>
    <message>
        <source>Staged by</source>
        <translation>Preparada por</translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetReleasesView</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Volver a &amp;cargar</translation>
    </message>
    <message>
        <source>Reload the releases</source>
        <translation>Volver a cargar las versiones</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve the release</source>
        <translation>Aprobar la versión</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Publish the release</source>
        <translation>Publicar la versión</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Discard the release</source>
        <translation>Descartar la versión</translation>
    </message>
    <message>
        <source>Code set releases</source>
        <translation>Versiones de conjuntos de códigos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Read the releases from the server again (F5)</source>
        <translation>Volver a leer las versiones del servidor (F5)</translation>
    </message>
    <message>
        <source>Relea&amp;ses (new / changed / retired per code system):</source>
        <translation>&amp;Versiones (nuevos / cambiados / retirados por sistema de códigos):</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the release as it is (Escape)</source>
        <translation>Dejar la versión como está (Escape)</translation>
    </message>
    <message>
        <source>No code set releases. Stage CDC files on the server with “izdesk-server codesets stage DIR”.</source>
        <translation>No hay versiones de conjuntos de códigos. Prepare los archivos de los CDC en el servidor con “izdesk-server codesets stage DIR”.</translation>
    </message>
    <message>
        <source>Offline: releases cannot be read or changed until the server answers again.</source>
        <translation>Sin conexión: no se pueden leer ni cambiar las versiones hasta que el servidor vuelva a responder.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Todavía no se cargó.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Approve release %1 (%2)? Nothing changes for the HL7 checker or the patient record yet: an approved release still has to be published.</source>
        <translation>¿Aprobar la versión %1 (%2)? Todavía no cambia nada para el comprobador HL7 ni para el registro del paciente: una versión aprobada aún debe publicarse.</translation>
    </message>
    <message>
        <source>Publish release %1? At once, the HL7 checker and the patient record use its code sets: %2. Other desk servers on the same database use them after a restart. A published release cannot be taken back from here.</source>
        <translation>¿Publicar la versión %1? De inmediato, el comprobador HL7 y el registro del paciente usarán sus conjuntos de códigos: %2. Otros servidores de la mesa de ayuda con la misma base de datos los usarán después de reiniciarse. Una versión publicada no se puede revertir desde aquí.</translation>
    </message>
    <message>
        <source>Discard release %1? It will never be published and the code sets stay as they are; to use these files later, stage them again.</source>
        <translation>¿Descartar la versión %1? Nunca se publicará y los conjuntos de códigos quedan como están; para usar estos archivos más adelante, vuelva a prepararlos.</translation>
    </message>
    <message>
        <source>Approve release %1 no&amp;w</source>
        <translation>Aprobar la versión %1 a&amp;hora</translation>
    </message>
    <message>
        <source>Publish release %1 no&amp;w</source>
        <translation>Publicar la versión %1 a&amp;hora</translation>
    </message>
    <message>
        <source>Discard release %1 no&amp;w</source>
        <translation>Descartar la versión %1 a&amp;hora</translation>
    </message>
    <message>
        <source>1 release, %1 waiting to be published.</source>
        <translation>1 versión; %1 en espera de publicación.</translation>
    </message>
    <message>
        <source>%1 releases, %2 waiting to be published.</source>
        <translation>%1 versiones; %2 en espera de publicación.</translation>
    </message>
</context>
<context>
    <name>izdesk::DisclosuresView</name>
    <message>
        <source>Read to the caller</source>
        <translation>Leído a la persona que llama</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Enviado por correo</translation>
    </message>
    <message>
        <source>Faxed</source>
        <translation>Enviado por fax</translation>
    </message>
    <message>
        <source>Printed for pick-up</source>
        <translation>Impreso para recoger</translation>
    </message>
    <message>
        <source>Phone release locked (failed attempts)</source>
        <translation>Entrega por teléfono bloqueada (intentos fallidos)</translation>
    </message>
    <message>
        <source>Referred by a specialist</source>
        <translation>Remitido por un especialista</translation>
    </message>
    <message>
        <source>Disclosures and alerts</source>
        <translation>Divulgaciones y alertas</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Registro del paciente</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Generada</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Refresh the open alerts</source>
        <translation>Actualizar las alertas abiertas</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acusar recibo</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Acusar recibo de la alerta seleccionada</translation>
    </message>
    <message>
        <source>Reason for lifting the lock</source>
        <translation>Motivo para quitar el bloqueo</translation>
    </message>
    <message>
        <source>Reason for lifting the lock (required)</source>
        <translation>Motivo para quitar el bloqueo (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Lift lock</source>
        <translation>&amp;Quitar el bloqueo</translation>
    </message>
    <message>
        <source>Lift today&apos;s phone release lock for the selected alert&apos;s patient</source>
        <translation>Quitar el bloqueo de hoy de la entrega por teléfono para el paciente de la alerta seleccionada</translation>
    </message>
    <message>
        <source>Accounting of disclosures</source>
        <translation>Registro de divulgaciones</translation>
    </message>
    <message>
        <source>Patient &amp;record:</source>
        <translation>&amp;Registro del paciente:</translation>
    </message>
    <message>
        <source>Patient record number</source>
        <translation>Número de registro del paciente</translation>
    </message>
    <message>
        <source>&amp;Show disclosures</source>
        <translation>&amp;Mostrar divulgaciones</translation>
    </message>
    <message>
        <source>Show the disclosures of this patient record</source>
        <translation>Mostrar las divulgaciones de este registro del paciente</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Caller type</source>
        <translation>Tipo de persona que llama</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Give a reason for lifting the lock.</source>
        <translation>Indique un motivo para quitar el bloqueo.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>No hay alertas abiertas.</translation>
    </message>
    <message>
        <source>No disclosures recorded for patient record #%1.</source>
        <translation>No hay divulgaciones registradas para el registro del paciente n.º %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) for patient record #%1.</source>
        <translation>
            <numerusform>%n divulgación para el registro del paciente n.º %1.</numerusform>
            <numerusform>%n divulgaciones para el registro del paciente n.º %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicateClusterPanel</name>
    <message>
        <source>patient %1</source>
        <translation>paciente %1</translation>
    </message>
    <message>
        <source>Duplicate clusters</source>
        <translation>Grupos de duplicados</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Records (source IDs)</source>
        <translation>Registros (ID de origen)</translation>
    </message>
    <message>
        <source>Vetoes</source>
        <translation>Vetos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Open pai&amp;r</source>
        <translation>A&amp;brir par</translation>
    </message>
    <message>
        <source>Loa&amp;d more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>%1 o mejor</translation>
    </message>
    <message>
        <source>Weakest grade a cluster may have</source>
        <translation>Grado más bajo que puede tener un grupo</translation>
    </message>
    <message>
        <source>Owning facility code of a member</source>
        <translation>Código del centro propietario de un miembro</translation>
    </message>
    <message>
        <source>Open the selected member pair to compare and merge</source>
        <translation>Abrir el par de miembros seleccionado para comparar y fusionar</translation>
    </message>
    <message>
        <source>Load the next page of clusters</source>
        <translation>Cargar la siguiente página de grupos</translation>
    </message>
    <message>
        <source>Reload the clusters</source>
        <translation>Volver a cargar los grupos</translation>
    </message>
    <message>
        <source>Clusters status</source>
        <translation>Estado de los grupos</translation>
    </message>
    <message>
        <source>e.g. CLINIC01</source>
        <translation>p. ej., CLINIC01</translation>
    </message>
    <message>
        <source>Mi&amp;nimum grade:</source>
        <translation>Grado mí&amp;nimo:</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Every two records of a cluster were scored against each other; a record linked to only some of them is left out, never chained in.</source>
        <translation>Cada par de registros de un grupo se comparó entre sí; un registro vinculado solo con algunos de ellos queda fuera, nunca se encadena.</translation>
    </message>
    <message numerus="yes">
        <source>%n records linked: too many to split; review them as pairs</source>
        <translation>
            <numerusform>%n registro vinculado: demasiados para dividir; revíselos por pares</numerusform>
            <numerusform>%n registros vinculados: demasiados para dividir; revíselos por pares</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 linked records; left out: %3</source>
        <translation>%1 de %2 registros vinculados; quedan fuera: %3</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>pair %1 · %2</source>
        <translation>par %1 · %2</translation>
    </message>
    <message>
        <source>scored for the cluster (no stored pair)</source>
        <translation>puntuado para el grupo (sin par guardado)</translation>
    </message>
    <message>
        <source>No clusters of three or more records at this grade.</source>
        <translation>No hay grupos de tres o más registros con este grado.</translation>
    </message>
    <message numerus="yes">
        <source>Clusters: %n</source>
        <translation>
            <numerusform>Grupos: %n</numerusform>
            <numerusform>Grupos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation>Cargando grupos…</translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicateCompareView</name>
    <message>
        <source>Vaccination events after the merge (preview)</source>
        <translation>Eventos de vacunación después de la fusión (vista previa)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>CVX</source>
        <translation>CVX</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>In the merged record</source>
        <translation>En el registro fusionado</translation>
    </message>
    <message>
        <source>S&amp;wap target and source</source>
        <translation>&amp;Intercambiar destino y origen</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate…</source>
        <translation>&amp;No es duplicado…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>Comparar y fusionar</translation>
    </message>
    <message>
        <source>Pair summary</source>
        <translation>Resumen del par</translation>
    </message>
    <message>
        <source>Hard vetoes</source>
        <translation>Vetos estrictos</translation>
    </message>
    <message>
        <source>Agreement legend</source>
        <translation>Leyenda de coincidencias</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Swap target and source</source>
        <translation>Intercambiar destino y origen</translation>
    </message>
    <message>
        <source>Record that these are two different patients</source>
        <translation>Registrar que son dos pacientes diferentes</translation>
    </message>
    <message>
        <source>Reason for the merge (required)</source>
        <translation>Motivo de la fusión (obligatorio)</translation>
    </message>
    <message>
        <source>Merge the source into the target</source>
        <translation>Fusionar el origen en el destino</translation>
    </message>
    <message>
        <source>Why Merge is not available</source>
        <translation>Por qué no está disponible Fusionar</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>Estado de la comparación</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Leyenda: %1</translation>
    </message>
    <message>
        <source>Why these records are the same patient</source>
        <translation>Por qué estos registros son del mismo paciente</translation>
    </message>
    <message>
        <source>Score waterfall</source>
        <translation>Desglose de la puntuación</translation>
    </message>
    <message>
        <source>Immunizations after the merge (preview)</source>
        <translation>Vacunas después de la fusión (vista previa)</translation>
    </message>
    <message>
        <source>Fields side by side</source>
        <translation>Campos lado a lado</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>Deshaciendo la fusión…</translation>
    </message>
    <message>
        <source>⚠ Hard vetoes: %1. These may be two different children; only a supervisor may merge them.</source>
        <translation>⚠ Vetos estrictos: %1. Podrían ser dos niños diferentes; solo un supervisor puede fusionarlos.</translation>
    </message>
    <message>
        <source>Pair %1 · %2 · score %3 · %4%5</source>
        <translation>Par %1 · %2 · puntuación %3 · %4%5</translation>
    </message>
    <message>
        <source>Compare and merge — patient %1 (target) and %2 (source)</source>
        <translation>Comparar y fusionar: paciente %1 (destino) y %2 (origen)</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Histórica</translation>
    </message>
    <message>
        <source>Administered</source>
        <translation>Administrada</translation>
    </message>
    <message>
        <source>✕ Hidden: duplicate of event %1 (%2)</source>
        <translation>✕ Oculto: duplicado del evento %1 (%2)</translation>
    </message>
    <message>
        <source>Already hidden</source>
        <translation>Ya oculto</translation>
    </message>
    <message>
        <source>✓ Kept</source>
        <translation>✓ Conservado</translation>
    </message>
    <message>
        <source>Preview — vaccination events after the merge: %1, hidden as duplicates: %2.</source>
        <translation>Vista previa: eventos de vacunación después de la fusión: %1; ocultos como duplicados: %2.</translation>
    </message>
    <message>
        <source>Patient %1 is now the target (kept) and %2 the source (retired).</source>
        <translation>Ahora el paciente %1 es el destino (se conserva) y %2 el origen (se retira).</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>No es duplicado</translation>
    </message>
    <message>
        <source>Why are these two different patients? (kept with the decision)</source>
        <translation>¿Por qué son dos pacientes diferentes? (se guarda con la decisión)</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Registrar la decisión</translation>
    </message>
    <message>
        <source>A reason is needed to record that these are different patients.</source>
        <translation>Se necesita un motivo para registrar que son pacientes diferentes.</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Registrando la decisión…</translation>
    </message>
    <message>
        <source>Merged. Use Undo merge if this was a mistake.</source>
        <translation>Fusionado. Use Deshacer la fusión si fue un error.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Fusión deshecha.</translation>
    </message>
    <message>
        <source>Merge undone with conflicts (%1); see the list.</source>
        <translation>Fusión deshecha con conflictos (%1); consulte la lista.</translation>
    </message>
    <message>
        <source>Recorded: not a duplicate. The pair will not be suggested again.</source>
        <translation>Registrado: no es duplicado. El par no se volverá a sugerir.</translation>
    </message>
    <message>
        <source>Open a pair to compare.</source>
        <translation>Abra un par para comparar.</translation>
    </message>
    <message>
        <source>Already merged.</source>
        <translation>Ya fusionado.</translation>
    </message>
    <message>
        <source>This pair is %1; only open pairs are merged here.</source>
        <translation>Este par está %1; aquí solo se fusionan los pares abiertos.</translation>
    </message>
    <message>
        <source>This pair has hard vetoes: the merge needs a supervisor.</source>
        <translation>Este par tiene vetos estrictos: la fusión necesita un supervisor.</translation>
    </message>
    <message>
        <source>Waiting for the preview of the merged patient.</source>
        <translation>Esperando la vista previa del paciente fusionado.</translation>
    </message>
    <message>
        <source>Type a reason to enable Merge.</source>
        <translation>Escriba un motivo para habilitar Fusionar.</translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicateWorklistView</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>A&amp;pply filters</source>
        <translation>&amp;Aplicar filtros</translation>
    </message>
    <message>
        <source>Candidate duplicate pairs</source>
        <translation>Pares de posibles duplicados</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Patients (source IDs)</source>
        <translation>Pacientes (ID de origen)</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Vetoes</source>
        <translation>Vetos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Reservado por</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Duplicate review</source>
        <translation>Revisión de duplicados</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Cualquier grado</translation>
    </message>
    <message>
        <source>Owning facility code of either patient</source>
        <translation>Código del centro propietario de cualquiera de los pacientes</translation>
    </message>
    <message>
        <source>Youngest patient age in years</source>
        <translation>Edad mínima del paciente en años</translation>
    </message>
    <message>
        <source>Oldest patient age in years</source>
        <translation>Edad máxima del paciente en años</translation>
    </message>
    <message>
        <source>Apply the filters</source>
        <translation>Aplicar los filtros</translation>
    </message>
    <message>
        <source>Claim the selected pair for review</source>
        <translation>Reservar el par seleccionado para revisarlo</translation>
    </message>
    <message>
        <source>Open the selected pair to compare and merge</source>
        <translation>Abrir el par seleccionado para comparar y fusionar</translation>
    </message>
    <message>
        <source>Load the next page of pairs</source>
        <translation>Cargar la siguiente página de pares</translation>
    </message>
    <message>
        <source>Reload the worklist</source>
        <translation>Volver a cargar la lista de trabajo</translation>
    </message>
    <message>
        <source>Worklist counts</source>
        <translation>Totales de las listas de trabajo</translation>
    </message>
    <message>
        <source>Worklist status</source>
        <translation>Estado de las listas de trabajo</translation>
    </message>
    <message>
        <source>e.g. CLINIC01</source>
        <translation>p. ej., CLINIC01</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Ag&amp;e from:</source>
        <translation>E&amp;dad desde:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>Pa&amp;irs</source>
        <translation>&amp;Pares</translation>
    </message>
    <message>
        <source>Cl&amp;usters</source>
        <translation>Gr&amp;upos</translation>
    </message>
    <message>
        <source>Pairs or clusters</source>
        <translation>Pares o grupos</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>paciente %1</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>personal %1</translation>
    </message>
    <message>
        <source>No pairs match these filters.</source>
        <translation>Ningún par coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Loading pairs…</source>
        <translation>Cargando pares…</translation>
    </message>
    <message>
        <source>Pairs shown: %1 (more to load)</source>
        <translation>Pares mostrados: %1 (hay más por cargar)</translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation>Pares: %1</translation>
    </message>
    <message>
        <source>%1 · %2 with vetoes · %3 claimed%4</source>
        <translation>%1 · %2 con vetos · %3 reservados%4</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · cargando…</translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicatesConnector</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Duplicate review is for specialists and supervisors.</source>
        <translation>La revisión de duplicados es para especialistas y supervisores.</translation>
    </message>
    <message>
        <source>Opening pair %1…</source>
        <translation>Abriendo el par %1…</translation>
    </message>
    <message>
        <source>Pair %1 is claimed by you.</source>
        <translation>Usted reservó el par %1.</translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicatesController</name>
    <message>
        <source>The value typed for %1 cannot be used; correct it first.</source>
        <translation>El valor escrito para %1 no se puede usar; corríjalo primero.</translation>
    </message>
</context>
<context>
    <name>izdesk::EnvironmentBanner</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>UAT</source>
        <translation>UAT</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno local</translation>
    </message>
    <message>
        <source>TRAINING — not real patient data</source>
        <translation>CAPACITACIÓN — no son datos reales de pacientes</translation>
    </message>
    <message>
        <source>UAT — test environment, not real patient data</source>
        <translation>UAT: entorno de prueba, no son datos reales de pacientes</translation>
    </message>
    <message>
        <source>LOCAL SANDBOX — synthetic data on this computer, not real patient data</source>
        <translation>ENTORNO LOCAL: datos sintéticos en este equipo, no son datos reales de pacientes</translation>
    </message>
    <message>
        <source>Offline — showing the queue saved on this computer; new tickets and calls are kept here and sent later</source>
        <translation>Sin conexión: se muestra la cola guardada en este equipo; los casos y llamadas nuevos se guardan aquí y se envían más tarde</translation>
    </message>
    <message>
        <source>Offline — showing the queue saved on this computer at %1; new tickets and calls are kept here and sent later</source>
        <translation>Sin conexión: se muestra la cola guardada en este equipo a las %1; los casos y llamadas nuevos se guardan aquí y se envían más tarde</translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7CheckConnector</name>
    <message>
        <source>Check &amp;HL7 for this ticket…</source>
        <translation>Comprobar &amp;HL7 para este caso…</translation>
    </message>
    <message>
        <source>Open the HL7 message checker for a data exchange ticket (Ctrl+Alt+H)</source>
        <translation>Abrir el comprobador de mensajes HL7 para un caso de intercambio de datos (Ctrl+Alt+H)</translation>
    </message>
    <message>
        <source>Checking HL7 messages is for desk staff.</source>
        <translation>La comprobación de mensajes HL7 es para el personal de la mesa de ayuda.</translation>
    </message>
    <message>
        <source>For ticket #%1: %2</source>
        <translation>Para el caso n.º %1: %2</translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7CheckController</name>
    <message>
        <source>There is nothing to check: paste a message, drop a file or open one.</source>
        <translation>No hay nada que comprobar: pegue un mensaje, suelte un archivo o abra uno.</translation>
    </message>
    <message>
        <source>The text is %1 MB; the server checks at most %2 MB at a time.</source>
        <translation>El texto tiene %1 MB; el servidor comprueba como máximo %2 MB a la vez.</translation>
    </message>
    <message>
        <source>Sign in to check messages.</source>
        <translation>Inicie sesión para comprobar mensajes.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>No comprobado: %1</translation>
    </message>
    <message>
        <source>Your role may not check HL7 messages.</source>
        <translation>Su rol no permite comprobar mensajes HL7.</translation>
    </message>
    <message>
        <source>The server refused the text as too large (at most %1 MB).</source>
        <translation>El servidor rechazó el texto por ser demasiado grande (máximo %1 MB).</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servidor: %1</translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7CheckerView</name>
    <message>
        <source>accepted (AA)</source>
        <translation>aceptado (AA)</translation>
    </message>
    <message>
        <source>accepted with errors (AE)</source>
        <translation>aceptado con errores (AE)</translation>
    </message>
    <message>
        <source>rejected (AR)</source>
        <translation>rechazado (AR)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Cop&amp;y ACK</source>
        <translation>Cop&amp;iar ACK</translation>
    </message>
    <message>
        <source>HL7 message checker</source>
        <translation>Comprobador de mensajes HL7</translation>
    </message>
    <message>
        <source>Open an HL7 file</source>
        <translation>Abrir un archivo HL7</translation>
    </message>
    <message>
        <source>HL7 messages (*.hl7 *.txt *.er7 *.dat);;All files (*)</source>
        <translation>Mensajes HL7 (*.hl7 *.txt *.er7 *.dat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a file of messages, a batch or an MLLP capture (Ctrl+O)</source>
        <translation>Abrir un archivo de mensajes, un lote o una captura MLLP (Ctrl+O)</translation>
    </message>
    <message>
        <source>Check the messages</source>
        <translation>Comprobar los mensajes</translation>
    </message>
    <message>
        <source>Send the text to the registry&apos;s checker (Ctrl+Enter); nothing is stored</source>
        <translation>Enviar el texto al comprobador del registro (Ctrl+Enter); no se guarda nada</translation>
    </message>
    <message>
        <source>Clear the text and the results</source>
        <translation>Borrar el texto y los resultados</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Paste HL7 messages here, one segment per line, or drop a file</source>
        <translation>Pegue aquí mensajes HL7, un segmento por línea, o suelte un archivo</translation>
    </message>
    <message>
        <source>Paste HL7 v2 messages here (MSH|^~\&amp;|…), drop a file, or open one with Ctrl+O.</source>
        <translation>Pegue aquí mensajes HL7 v2 (MSH|^~\&amp;|…), suelte un archivo o abra uno con Ctrl+O.</translation>
    </message>
    <message>
        <source>Message &amp;text</source>
        <translation>&amp;Texto del mensaje</translation>
    </message>
    <message>
        <source>Message of the batch to show</source>
        <translation>Mensaje del lote que se muestra</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Findings of the message</source>
        <translation>Hallazgos del mensaje</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <source>ACK for the message</source>
        <translation>ACK del mensaje</translation>
    </message>
    <message>
        <source>AC&amp;K the registry would send</source>
        <translation>AC&amp;K que enviaría el registro</translation>
    </message>
    <message>
        <source>Copy the ACK to the clipboard</source>
        <translation>Copiar el ACK al portapapeles</translation>
    </message>
    <message>
        <source>Opened “%1” (%2). Press Check (Ctrl+Enter).</source>
        <translation>Se abrió “%1” (%2). Pulse Comprobar (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The text changed after the check: press Check (Ctrl+Enter) to check it again.</source>
        <translation>El texto cambió después de la comprobación: pulse Comprobar (Ctrl+Enter) para comprobarlo de nuevo.</translation>
    </message>
    <message>
        <source>Offline: the checker needs the server. Try again when the connection is back.</source>
        <translation>Sin conexión: el comprobador necesita el servidor. Inténtelo de nuevo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Offline: messages cannot be checked until the server is reachable again.</source>
        <translation>Sin conexión: no se pueden comprobar mensajes hasta que se pueda conectar de nuevo con el servidor.</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>Conexión restablecida.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Message %1 of %2: %3</source>
        <translation>Mensaje %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n error</numerusform>
            <numerusform>, %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source> (control id %1)</source>
        <translation> (id. de control %1)</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n message(s): passed.</source>
        <translation>
            <numerusform>Se comprobó %n mensaje: aprobado.</numerusform>
            <numerusform>Se comprobaron %n mensajes: aprobados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n message(s): failed.</source>
        <translation>
            <numerusform>Se comprobó %n mensaje: no aprobado.</numerusform>
            <numerusform>Se comprobaron %n mensajes: no aprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole message</source>
        <translation>todo el mensaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · checklist item %1, %2</source>
        <translation> · punto de la lista %1, %2</translation>
    </message>
    <message>
        <source>(sent: &lt;tt&gt;%1&lt;/tt&gt;)</source>
        <translation>(enviado: &lt;tt&gt;%1&lt;/tt&gt;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Qué hacer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Selected finding: %1</source>
        <translation>Hallazgo seleccionado: %1</translation>
    </message>
    <message>
        <source>The ACK is on the clipboard.</source>
        <translation>El ACK está en el portapapeles.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7ChecklistBar</name>
    <message>
        <source>no findings</source>
        <translation>sin hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), errors</source>
        <translation>
            <numerusform>%n hallazgo, errores</numerusform>
            <numerusform>%n hallazgos, errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), warnings</source>
        <translation>
            <numerusform>%n hallazgo, advertencias</numerusform>
            <numerusform>%n hallazgos, advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not checked: unreadable</source>
        <translation>no comprobado: ilegible</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>todavía no comprobado</translation>
    </message>
    <message>
        <source>Checklist item %1, %2: %3</source>
        <translation>Punto de la lista %1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s); %1 with errors, %2 with warnings.</source>
        <translation>
            <numerusform>%n mensaje; %1 con errores, %2 con advertencias.</numerusform>
            <numerusform>%n mensajes; %1 con errores, %2 con advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed&lt;/b&gt; the registry&apos;s thresholds. %1</source>
        <translation>&lt;b&gt;Aprobado&lt;/b&gt; según los umbrales del registro. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;: %1. %2</source>
        <translation>&lt;b&gt;No aprobado&lt;/b&gt;: %1. %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Paste a message, drop a file or open one (Ctrl+O), then press Check (Ctrl+Enter).</source>
        <translation>Pegue un mensaje, suelte un archivo o abra uno (Ctrl+O) y luego pulse Comprobar (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7FindingModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Checklist item %1: %2</source>
        <translation>Punto de la lista %1: %2</translation>
    </message>
    <message>
        <source>whole message</source>
        <translation>todo el mensaje</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Value (masked)</source>
        <translation>Valor (oculto)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>izdesk::IisUserView</name>
    <message>
        <source>Account holder</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Estado del acuerdo</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Agreements on file</source>
        <translation>Acuerdos en archivo</translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation>Registrar a&amp;cuerdo</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>I&amp;nactivate</source>
        <translation>&amp;Inactivar</translation>
    </message>
    <message>
        <source>Issue &amp;temporary password…</source>
        <translation>Emitir contraseña &amp;temporal…</translation>
    </message>
    <message>
        <source>Open &amp;organization</source>
        <translation>Abrir &amp;organización</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Account view status</source>
        <translation>Estado de la vista de la cuenta</translation>
    </message>
    <message>
        <source>IIS user</source>
        <translation>Usuario del IIS</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <source>Version of the signed form</source>
        <translation>Versión del formulario firmado</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Record the signed agreement</source>
        <translation>Registrar el acuerdo firmado</translation>
    </message>
    <message>
        <source>Activate the account</source>
        <translation>Activar la cuenta</translation>
    </message>
    <message>
        <source>Reason for inactivating the account</source>
        <translation>Motivo para inactivar la cuenta</translation>
    </message>
    <message>
        <source>Inactivate the account with the reason given</source>
        <translation>Inactivar la cuenta con el motivo indicado</translation>
    </message>
    <message>
        <source>Open the organization of the account&apos;s first site</source>
        <translation>Abrir la organización del primer centro de la cuenta</translation>
    </message>
    <message>
        <source>Reload the account</source>
        <translation>Volver a cargar la cuenta</translation>
    </message>
    <message>
        <source>Issue a temporary password to give the user by phone</source>
        <translation>Emitir una contraseña temporal para darla al usuario por teléfono</translation>
    </message>
    <message>
        <source>A new temporary password, shown once, for you to give the user out of band. It replaces any earlier one.</source>
        <translation>Una contraseña temporal nueva, que se muestra una sola vez, para que usted la dé al usuario por otro medio. Reemplaza cualquier contraseña anterior.</translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation>p. ej., 2026-1</translation>
    </message>
    <message>
        <source>Reason (needed to inactivate)</source>
        <translation>Motivo (necesario para inactivar)</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Centros:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Acuerdo:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Último inicio de sesión:</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>Activada:</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Contraseña temporal:</translation>
    </message>
    <message>
        <source>Record a signed agreement</source>
        <translation>Registrar un acuerdo firmado</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>&amp;Firmante:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>Fec&amp;ha de firma:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Agreements on fi&amp;le</source>
        <translation>Acuerdos en a&amp;rchivo</translation>
    </message>
    <message>
        <source>IIS user — %1</source>
        <translation>Usuario del IIS: %1</translation>
    </message>
    <message>
        <source>%1 (expires %2)</source>
        <translation>%1 (vence el %2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emitida el %1</translation>
    </message>
    <message>
        <source>Never issued</source>
        <translation>Nunca emitida</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Temporary password for %1:</source>
        <translation>Contraseña temporal para %1:</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Give it to the user by phone or another channel than their e-mail. It is shown only now and replaces any earlier one.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Désela al usuario por teléfono o por un medio distinto de su correo electrónico. Solo se muestra ahora y reemplaza cualquier contraseña anterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy and close</source>
        <translation>&amp;Copiar y cerrar</translation>
    </message>
    <message>
        <source>Copy the temporary password and close</source>
        <translation>Copiar la contraseña temporal y cerrar</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Cerrar sin copiar</translation>
    </message>
</context>
<context>
    <name>izdesk::InboundCallConnector</name>
    <message>
        <source>No connection: the new ticket and its call are saved on this computer and will be sent later.</source>
        <translation>Sin conexión: el caso nuevo y su llamada se guardaron en este equipo y se enviarán más tarde.</translation>
    </message>
</context>
<context>
    <name>izdesk::InboundCallDialog</name>
    <message>
        <source>&amp;Create ticket</source>
        <translation>&amp;Crear caso</translation>
    </message>
    <message>
        <source>&amp;Log call on selected</source>
        <translation>Registrar en el caso &amp;seleccionado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Caller phone number</source>
        <translation>Número de teléfono de quien llama</translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation>Nombre de quien llama</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Notas de la llamada</translation>
    </message>
    <message>
        <source>Recent tickets from this caller</source>
        <translation>Casos recientes de esta persona</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Crear caso</translation>
    </message>
    <message>
        <source>Log the call on the selected ticket</source>
        <translation>Registrar la llamada en el caso seleccionado</translation>
    </message>
    <message>
        <source>(555) 555-0100</source>
        <translation>(555) 555-0100</translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation>Quién llama</translation>
    </message>
    <message>
        <source>What the call is about</source>
        <translation>Motivo de la llamada</translation>
    </message>
    <message>
        <source>Notes: saved as the ticket description and with the call</source>
        <translation>Notas: se guardan como descripción del caso y con la llamada</translation>
    </message>
    <message>
        <source>Caller &amp;phone:</source>
        <translation>Teléfono de &amp;quien llama:</translation>
    </message>
    <message>
        <source>Caller &amp;name:</source>
        <translation>&amp;Nombre de quien llama:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Recent tic&amp;kets from this caller</source>
        <translation>Casos recientes de esta &amp;persona</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Llamada en curso</translation>
    </message>
    <message>
        <source>Type the caller&apos;s number to see their recent tickets.</source>
        <translation>Escriba el número de quien llama para ver sus casos recientes.</translation>
    </message>
    <message>
        <source>Looking up recent tickets…</source>
        <translation>Buscando casos recientes…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>No tickets from this number in the last 90 days.</source>
        <translation>No hay casos de este número en los últimos 90 días.</translation>
    </message>
    <message>
        <source>1 recent ticket. Enter on it logs the call there.</source>
        <translation>1 caso reciente. Pulse Intro sobre él para registrar la llamada allí.</translation>
    </message>
    <message>
        <source>%1 recent tickets. Enter on one logs the call there.</source>
        <translation>%1 casos recientes. Pulse Intro sobre uno para registrar la llamada allí.</translation>
    </message>
    <message>
        <source>Enter a subject for the new ticket.</source>
        <translation>Escriba un asunto para el caso nuevo.</translation>
    </message>
</context>
<context>
    <name>izdesk::LinkDialog</name>
    <message>
        <source>Link ticket</source>
        <translation>Vincular caso</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Vincular con</translation>
    </message>
    <message>
        <source>Id of the linked record</source>
        <translation>Id. del registro vinculado</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Link &amp;to:</source>
        <translation>Vincular &amp;con:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id.:</translation>
    </message>
    <message>
        <source>e.g. T-000077</source>
        <translation>p. ej., T-000077</translation>
    </message>
    <message>
        <source>IIS patient id</source>
        <translation>Id. de paciente del IIS</translation>
    </message>
    <message>
        <source>IIS user name or id</source>
        <translation>Nombre o id. de usuario del IIS</translation>
    </message>
    <message>
        <source>number from the directory</source>
        <translation>número del directorio</translation>
    </message>
    <message>
        <source>Link %1 to another record. The link is shown on the ticket for everyone.</source>
        <translation>Vincular %1 con otro registro. El vínculo se muestra en el caso para todos.</translation>
    </message>
</context>
<context>
    <name>izdesk::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Open the &amp;Local sandbox</source>
        <translation>Abrir el entorno &amp;local</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in to IZ Desk</source>
        <translation>Iniciar sesión en IZ Desk</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Open the Local sandbox</source>
        <translation>Abrir el entorno local</translation>
    </message>
    <message>
        <source>Starts a server on this computer with synthetic data for training (Ctrl+L). No credentials needed.</source>
        <translation>Inicia un servidor en este equipo con datos sintéticos para capacitación (Ctrl+L). No necesita credenciales.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>IZ Desk</source>
        <translation>IZ Desk</translation>
    </message>
    <message>
        <source>Immunization Information System help desk</source>
        <translation>Mesa de ayuda del Sistema de Información de Inmunización</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>New here, or training? The Local sandbox runs on this computer with synthetic data for training — no account needed.</source>
        <translation>¿Es nuevo o está en capacitación? El entorno local funciona en este equipo con datos sintéticos para capacitación; no necesita cuenta.</translation>
    </message>
    <message>
        <source>not needed for the Local sandbox</source>
        <translation>no se necesita en el entorno local</translation>
    </message>
    <message>
        <source>&amp;Open sandbox</source>
        <translation>&amp;Abrir el entorno local</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>Elija un entorno.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Escriba su usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Starting the Local sandbox…</source>
        <translation>Iniciando el entorno local…</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>No se pudo iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (sin configurar)</translation>
    </message>
    <message>
        <source>Ask your administrator to set the server address of this environment (environments/%1/url in the IZ Desk settings file).</source>
        <translation>Pida a su administrador que configure la dirección del servidor de este entorno (environments/%1/url en el archivo de configuración de IZ Desk).</translation>
    </message>
    <message>
        <source>or with your IZ Desk username and password:</source>
        <translation>o con su usuario y contraseña de IZ Desk:</translation>
    </message>
    <message>
        <source>Opens your web browser at your organization&apos;s sign-in page; IZ Desk continues when you have signed in there.</source>
        <translation>Abre su navegador web en la página de inicio de sesión de su organización; IZ Desk continúa cuando usted haya iniciado sesión allí.</translation>
    </message>
    <message>
        <source>Opening your web browser for %1…</source>
        <translation>Abriendo su navegador web para %1…</translation>
    </message>
    <message>
        <source>Sign in &amp;with %1</source>
        <translation>Iniciar sesión co&amp;n %1</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>Stop this sign-in (Esc)</source>
        <translation>Detener este inicio de sesión (Esc)</translation>
    </message>
</context>
<context>
    <name>izdesk::MainWindow</name>
    <message>
        <source>IZ Desk</source>
        <translation>IZ Desk</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>&amp;Edit ticket</source>
        <translation>&amp;Editar caso</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>&amp;Buscar en la cola</translation>
    </message>
    <message>
        <source>Go to &amp;queue</source>
        <translation>Ir a la &amp;cola</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Details &amp;beside the queue</source>
        <translation>Detalles &amp;junto a la cola</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About IZ Desk</source>
        <translation>&amp;Acerca de IZ Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>IZ Desk — %1</source>
        <translation>IZ Desk — %1</translation>
    </message>
    <message>
        <source>About IZ Desk</source>
        <translation>Acerca de IZ Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IZ Desk %1&lt;/h3&gt;&lt;p&gt;Help desk workstation for the state Immunization Information System.&lt;/p&gt;&lt;p&gt;API version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IZ Desk %1&lt;/h3&gt;&lt;p&gt;Estación de trabajo de la mesa de ayuda del Sistema de Información de Inmunización del estado.&lt;/p&gt;&lt;p&gt;Versión de la API %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mesa de ayuda</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Inbound call…</source>
        <translation>&amp;Llamada entrante…</translation>
    </message>
    <message>
        <source>Start a new ticket for a call that is coming in now (Ctrl+Shift+N)</source>
        <translation>Iniciar un caso nuevo para una llamada que está entrando (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Add internal &amp;note</source>
        <translation>Agregar &amp;nota interna</translation>
    </message>
    <message>
        <source>&amp;Reply to caller</source>
        <translation>&amp;Responder a quien llama</translation>
    </message>
    <message>
        <source>Insert &amp;canned response</source>
        <translation>Insertar respuesta &amp;predefinida</translation>
    </message>
    <message>
        <source>Start or stop the call &amp;timer</source>
        <translation>Iniciar o detener el &amp;cronómetro de la llamada</translation>
    </message>
    <message>
        <source>Show the ti&amp;meline</source>
        <translation>Mostrar el h&amp;istorial</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Desk board</source>
        <translation>&amp;Tablero de la mesa</translation>
    </message>
    <message>
        <source>&amp;Assign selected…</source>
        <translation>&amp;Asignar seleccionados…</translation>
    </message>
    <message>
        <source>&amp;Bulk edit selected…</source>
        <translation>&amp;Editar seleccionados en bloque…</translation>
    </message>
    <message>
        <source>A&amp;uto-assign…</source>
        <translation>Asignar a&amp;utomáticamente…</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Cambios sin enviar</translation>
    </message>
    <message>
        <source>Changes made here have not reached the server yet (%1 pending). Signing out removes them from this computer and they will be lost.</source>
        <translation>Los cambios hechos aquí todavía no han llegado al servidor (%1 pendientes). Si cierra la sesión, se eliminarán de este equipo y se perderán.</translation>
    </message>
    <message>
        <source>Stay signed in until the status bar shows nothing pending, or sign out anyway.</source>
        <translation>Mantenga la sesión abierta hasta que la barra de estado no muestre nada pendiente, o cierre la sesión de todos modos.</translation>
    </message>
    <message>
        <source>Sign out and &amp;discard</source>
        <translation>Cerrar sesión y &amp;descartar</translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Mantener la sesión abierta</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Find &amp;patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Find a patient by name, date of birth, phone, IIS ID or address (F3)</source>
        <translation>Buscar un paciente por nombre, fecha de nacimiento, teléfono, ID del IIS o dirección (F3)</translation>
    </message>
    <message>
        <source>Open patient from &amp;ticket</source>
        <translation>Abrir el paciente desde el &amp;caso</translation>
    </message>
    <message>
        <source>Show patients &amp;area</source>
        <translation>Mostrar el área de &amp;pacientes</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <source>&amp;Duplicate review…</source>
        <translation>Revisión de &amp;duplicados…</translation>
    </message>
    <message>
        <source>Review candidate duplicate patients, compare and merge them (Ctrl+Alt+D)</source>
        <translation>Revisar posibles pacientes duplicados, compararlos y fusionarlos (Ctrl+Alt+D)</translation>
    </message>
    <message>
        <source>&amp;Verify caller…</source>
        <translation>&amp;Verificar la identidad…</translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity before reading or releasing anything (Ctrl+Shift+V)</source>
        <translation>Verificar la identidad de quien llama antes de leer o entregar nada (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Release record…</source>
        <translation>&amp;Entregar registro…</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>Persona que &amp;llama</translation>
    </message>
    <message>
        <source>Disclosures and &amp;alerts</source>
        <translation>&amp;Divulgaciones y alertas</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>&amp;Link ticket…</source>
        <translation>&amp;Vincular caso…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>&amp;Canned responses…</source>
        <translation>Respuestas &amp;predefinidas…</translation>
    </message>
    <message>
        <source>&amp;Worklists…</source>
        <translation>&amp;Listas de trabajo…</translation>
    </message>
    <message>
        <source>Expiring agreements, pending account requests and recently inactivated accounts (Ctrl+Shift+W)</source>
        <translation>Acuerdos por vencer, solicitudes de cuenta pendientes y cuentas inactivadas recientemente (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;uentas</translation>
    </message>
    <message>
        <source>HL7 message &amp;checker…</source>
        <translation>C&amp;omprobador de mensajes HL7…</translation>
    </message>
    <message>
        <source>Check HL7 messages a sender reads out or sends: checklist a–k and the ACK (Ctrl+Shift+H)</source>
        <translation>Comprobar los mensajes HL7 que un remitente lee o envía: lista de verificación a–k y el ACK (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Onboarding board…</source>
        <translation>&amp;Tablero de incorporación…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>Cuentas del &amp;personal…</translation>
    </message>
    <message>
        <source>Create staff accounts, change roles, disable, unlock and reset passwords (Ctrl+Alt+S)</source>
        <translation>Crear cuentas del personal, cambiar roles, deshabilitar, desbloquear y restablecer contraseñas (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministración</translation>
    </message>
    <message>
        <source>Code s&amp;et releases…</source>
        <translation>V&amp;ersiones de conjuntos de códigos…</translation>
    </message>
</context>
<context>
    <name>izdesk::MergeDialog</name>
    <message>
        <source>Merge ticket</source>
        <translation>Fusionar caso</translation>
    </message>
    <message>
        <source>Ticket to merge into</source>
        <translation>Caso con el que fusionar</translation>
    </message>
    <message>
        <source>e.g. T-000077</source>
        <translation>p. ej., T-000077</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Fusionar &amp;con:</translation>
    </message>
    <message>
        <source>Merge %1 into another ticket about the same request.</source>
        <translation>Fusionar %1 con otro caso sobre la misma solicitud.</translation>
    </message>
    <message>
        <source>Type the number of another ticket.</source>
        <translation>Escriba el número de otro caso.</translation>
    </message>
    <message>
        <source>%1 will be closed and marked &quot;merged into %2&quot;. Its timeline stays and is listed on %2 too. This cannot be undone here.</source>
        <translation>%1 se cerrará y se marcará &quot;fusionado con %2&quot;. Su historial se conserva y también aparece en %2. Esto no se puede deshacer aquí.</translation>
    </message>
</context>
<context>
    <name>izdesk::MergeFieldGrid</name>
    <message>
        <source> — old</source>
        <translation> — anterior</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>F, M or U</source>
        <translation>F, M o U</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 a 9</translation>
    </message>
    <message>
        <source>value to keep</source>
        <translation>valor que se conserva</translation>
    </message>
    <message>
        <source>Fields of both patients and what the merged patient keeps</source>
        <translation>Campos de ambos pacientes y lo que conserva el paciente fusionado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Target (kept)</source>
        <translation>Destino (se conserva)</translation>
    </message>
    <message>
        <source>Source (retired)</source>
        <translation>Origen (se retira)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Typed value</source>
        <translation>Valor escrito</translation>
    </message>
    <message>
        <source>Merged result (preview)</source>
        <translation>Resultado fusionado (vista previa)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Conservar para %1</translation>
    </message>
    <message>
        <source>Typed value for %1</source>
        <translation>Valor escrito para %1</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>All kept; the source&apos;s become old</source>
        <translation>Se conservan todos; los del origen pasan a ser anteriores</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The typed value for %1 cannot be used (%2).</source>
        <translation>El valor escrito para %1 no se puede usar (%2).</translation>
    </message>
</context>
<context>
    <name>izdesk::MergeRecordPanel</name>
    <message>
        <source>Merge record</source>
        <translation>Registro de la fusión</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Deshacer la fusión</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Deshacer esta fusión</translation>
    </message>
    <message>
        <source>What the undo placed and could not place</source>
        <translation>Lo que la acción de deshacer restauró y no pudo restaurar</translation>
    </message>
    <message>
        <source>Merge %1: patient %2 kept, patient %3 retired. Events moved: %4, hidden as duplicates: %5.</source>
        <translation>Fusión %1: se conservó el paciente %2 y se retiró el paciente %3. Eventos movidos: %4; ocultos como duplicados: %5.</translation>
    </message>
    <message>
        <source>Merge %1 undone: patients %2 and %3 are separate again.</source>
        <translation>Fusión %1 deshecha: los pacientes %2 y %3 vuelven a estar separados.</translation>
    </message>
    <message>
        <source>⚠ Conflict: %1</source>
        <translation>⚠ Conflicto: %1</translation>
    </message>
    <message>
        <source>No conflicts: everything went back exactly.</source>
        <translation>Sin conflictos: todo se restauró exactamente.</translation>
    </message>
</context>
<context>
    <name>izdesk::NotificationStrip</name>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Notification text</source>
        <translation>Texto de la notificación</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Descartar la notificación</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>izdesk::OidcSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Sign in again.</source>
        <translation>
            <numerusform>No llegó ninguna respuesta del navegador en %n minuto. Inicie sesión de nuevo.</numerusform>
            <numerusform>No llegó ninguna respuesta del navegador en %n minutos. Inicie sesión de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer could not produce the random values a sign-in needs.</source>
        <translation>Este equipo no pudo generar los valores aleatorios que necesita el inicio de sesión.</translation>
    </message>
    <message>
        <source>IZ Desk cannot receive the answer of the identity provider: no port is free on this computer (%1).</source>
        <translation>IZ Desk no puede recibir la respuesta del proveedor de identidad: no hay ningún puerto libre en este equipo (%1).</translation>
    </message>
    <message>
        <source>No web browser could be opened for the sign-in with %1.</source>
        <translation>No se pudo abrir ningún navegador web para iniciar sesión con %1.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Sign-in already handled</source>
        <translation>El inicio de sesión ya se procesó</translation>
    </message>
    <message>
        <source>This sign-in is over. You can close this tab.</source>
        <translation>Este inicio de sesión terminó. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Inicio de sesión no aceptado</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in IZ Desk started. You can close this tab.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que inició IZ Desk. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>The answer that came back from the browser did not belong to this sign-in, so it was not used. Sign in again.</source>
        <translation>La respuesta que llegó del navegador no correspondía a este inicio de sesión, por lo que no se usó. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>%1 did not sign you in. Go back to IZ Desk for the details; you can close this tab.</source>
        <translation>%1 no inició su sesión. Vuelva a IZ Desk para ver los detalles; puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2).</source>
        <translation>%1 rechazó el inicio de sesión (%2).</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2: %3).</source>
        <translation>%1 rechazó el inicio de sesión (%2: %3).</translation>
    </message>
    <message>
        <source>The answer held no authorization code.</source>
        <translation>La respuesta no contenía ningún código de autorización.</translation>
    </message>
    <message>
        <source>%1 sent no authorization code back. Sign in again.</source>
        <translation>%1 no devolvió ningún código de autorización. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You are signed in with %1. You can close this tab and go back to IZ Desk.</source>
        <translation>Ha iniciado sesión con %1. Puede cerrar esta pestaña y volver a IZ Desk.</translation>
    </message>
    <message>
        <source>%1 did not hand out an ID token (HTTP %2).</source>
        <translation>%1 no entregó un token de ID (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingActionDialog</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingBoardView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Onboarding board</source>
        <translation>Tablero de incorporación</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation>Filtrar el tablero</translation>
    </message>
    <message>
        <source>Filter by organization, stage or status (Ctrl+F)</source>
        <translation>Filtrar por organización, etapa o estado (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reload the board</source>
        <translation>Volver a cargar el tablero</translation>
    </message>
    <message>
        <source>Invite the selected queue entry</source>
        <translation>Invitar a la entrada seleccionada de la cola</translation>
    </message>
    <message>
        <source>Start a project for the selected waiting organization</source>
        <translation>Iniciar un proyecto para la organización en espera seleccionada</translation>
    </message>
    <message>
        <source>Withdraw the selected queue entry</source>
        <translation>Retirar la entrada seleccionada de la cola</translation>
    </message>
    <message>
        <source>Board status</source>
        <translation>Estado del tablero</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message numerus="yes">
        <source>%n active project(s)</source>
        <translation>
            <numerusform>%n proyecto activo</numerusform>
            <numerusform>%n proyectos activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasado</numerusform>
            <numerusform>%n atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the queue</source>
        <translation>
            <numerusform>%n en espera en la cola</numerusform>
            <numerusform>%n en espera en la cola</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <source>OVERDUE · %1</source>
        <translation>ATRASADO · %1</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>No hay nada aquí</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>A queue entry becomes a project when it is invited (Alt+I).</source>
        <translation>Una entrada de la cola se convierte en proyecto cuando se invita (Alt+I).</translation>
    </message>
    <message>
        <source>A queue entry becomes a project when a supervisor invites it.</source>
        <translation>Una entrada de la cola se convierte en proyecto cuando un supervisor la invita.</translation>
    </message>
    <message>
        <source>Withdraw from the queue</source>
        <translation>Retirar de la cola</translation>
    </message>
    <message>
        <source>Why is %1 withdrawn from the queue?</source>
        <translation>¿Por qué se retira %1 de la cola?</translation>
    </message>
    <message>
        <source>Loading the board…</source>
        <translation>Cargando el tablero…</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingConnector</name>
    <message>
        <source>Opening project %1…</source>
        <translation>Abriendo el proyecto %1…</translation>
    </message>
    <message>
        <source>%1 issued; select it under Letters to save it as PDF.</source>
        <translation>%1 emitida; selecciónela en Cartas para guardarla como PDF.</translation>
    </message>
    <message>
        <source>%1 is invited: project %2 has started.</source>
        <translation>%1 está invitada: se inició el proyecto %2.</translation>
    </message>
    <message>
        <source>No onboarding project yet: waiting in the queue at position %1 (priority %2).</source>
        <translation>Todavía no hay proyecto de incorporación: en espera en la cola en la posición %1 (prioridad %2).</translation>
    </message>
    <message>
        <source>This organization has no onboarding project and is not in the queue.</source>
        <translation>Esta organización no tiene proyecto de incorporación y no está en la cola.</translation>
    </message>
    <message>
        <source>Letter saved to %1 (%2).</source>
        <translation>Carta guardada en %1 (%2).</translation>
    </message>
    <message>
        <source>The letter could not be saved to %1: %2</source>
        <translation>No se pudo guardar la carta en %1: %2</translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation>Invitando…</translation>
    </message>
    <message>
        <source>%1 — onboarding project #%2 — letter #%3 issued by %4 on %5</source>
        <translation>%1 — proyecto de incorporación n.º %2 — carta n.º %3 emitida por %4 el %5</translation>
    </message>
    <message>
        <source>Looking up the onboarding project…</source>
        <translation>Buscando el proyecto de incorporación…</translation>
    </message>
    <message>
        <source>Opening %1 in the HL7 checker…</source>
        <translation>Abriendo %1 en el comprobador HL7…</translation>
    </message>
    <message>
        <source>Test submission #%1 of onboarding project #%2: %3</source>
        <translation>Envío de prueba n.º %1 del proyecto de incorporación n.º %2: %3</translation>
    </message>
    <message>
        <source>Open onboarding &amp;project</source>
        <translation>Abrir el pro&amp;yecto de incorporación</translation>
    </message>
    <message>
        <source>Open the onboarding project of a data exchange ticket&apos;s organization (Ctrl+Alt+P)</source>
        <translation>Abrir el proyecto de incorporación de la organización de un caso de intercambio de datos (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Looking up the onboarding project of %1…</source>
        <translation>Buscando el proyecto de incorporación de %1…</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingContactsEditor</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Sa&amp;ve contacts</source>
        <translation>Guardar c&amp;ontactos</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Deshacer ca&amp;mbios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: nombre</translation>
    </message>
    <message>
        <source>%1: email</source>
        <translation>%1: correo electrónico</translation>
    </message>
    <message>
        <source>%1: phone</source>
        <translation>%1: teléfono</translation>
    </message>
    <message>
        <source>Save the contacts</source>
        <translation>Guardar los contactos</translation>
    </message>
    <message>
        <source>Undo the contact edits</source>
        <translation>Deshacer los cambios de los contactos</translation>
    </message>
    <message>
        <source>Contacts saved by someone else</source>
        <translation>Otra persona guardó los contactos</translation>
    </message>
    <message>
        <source>Saved by someone else meanwhile (yours is still in the boxes; Save again to keep yours, Revert to take theirs):</source>
        <translation>Otra persona los guardó mientras tanto (los suyos siguen en los campos; pulse Guardar de nuevo para conservar los suyos o Deshacer cambios para tomar los de la otra persona):</translation>
    </message>
    <message>
        <source>%1 now: %2</source>
        <translation>%1 ahora: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingController</name>
    <message>
        <source>Someone changed this project after you opened it. Your changes were not saved; the project as it is now is shown. Make your change again.</source>
        <translation>Alguien cambió este proyecto después de que usted lo abrió. Sus cambios no se guardaron; se muestra el proyecto como está ahora. Vuelva a hacer su cambio.</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>Proyecto guardado.</translation>
    </message>
    <message>
        <source>The agreed plan is set; the due dates follow from it.</source>
        <translation>El plan acordado está establecido; las fechas límite se calculan a partir de él.</translation>
    </message>
    <message>
        <source>%1 is passed.</source>
        <translation>%1 está aprobada.</translation>
    </message>
    <message>
        <source>Training is recorded.</source>
        <translation>La capacitación está registrada.</translation>
    </message>
    <message>
        <source>The clinical workflow is recorded.</source>
        <translation>El flujo de trabajo clínico está registrado.</translation>
    </message>
    <message>
        <source>The due date of %1 is changed.</source>
        <translation>Se cambió la fecha límite de %1.</translation>
    </message>
    <message>
        <source>The project is moved back in the queue.</source>
        <translation>El proyecto se devolvió a la cola.</translation>
    </message>
    <message>
        <source>The project is withdrawn.</source>
        <translation>El proyecto se retiró.</translation>
    </message>
    <message>
        <source>The queue entry is withdrawn.</source>
        <translation>La entrada de la cola se retiró.</translation>
    </message>
    <message>
        <source>%1 is stored and passed the check (%2 message(s)).</source>
        <translation>%1 se guardó y aprobó la comprobación (%2 mensaje(s)).</translation>
    </message>
    <message>
        <source>%1 is stored but did not pass the check: %2 of %3 message(s) with errors.</source>
        <translation>%1 se guardó, pero no aprobó la comprobación: %2 de %3 mensaje(s) con errores.</translation>
    </message>
    <message>
        <source>The project does not take test submissions now: only an active project in Test transport, Technical review or Monitoring does.</source>
        <translation>El proyecto no acepta envíos de prueba ahora: solo los acepta un proyecto activo en Prueba de transporte, Revisión técnica o Seguimiento.</translation>
    </message>
    <message>
        <source>The file is too large: at most %1 is accepted.</source>
        <translation>El archivo es demasiado grande: se acepta como máximo %1.</translation>
    </message>
    <message>
        <source>The server has no data key, so it cannot store test files; ask the administrator.</source>
        <translation>El servidor no tiene clave de datos, por lo que no puede guardar archivos de prueba; consulte al administrador.</translation>
    </message>
    <message>
        <source>The test submission was not stored: %1</source>
        <translation>No se guardó el envío de prueba: %1</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingProjectView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Reload the project (F5)</source>
        <translation>Volver a cargar el proyecto (F5)</translation>
    </message>
    <message>
        <source>Set agreed &amp;plan…</source>
        <translation>Establecer el &amp;plan acordado…</translation>
    </message>
    <message>
        <source>Set the agreed plan date</source>
        <translation>Establecer la fecha del plan acordado</translation>
    </message>
    <message>
        <source>Pa&amp;ss stage</source>
        <translation>&amp;Aprobar la etapa</translation>
    </message>
    <message>
        <source>Pass the current stage</source>
        <translation>Aprobar la etapa actual</translation>
    </message>
    <message>
        <source>Record clinical &amp;workflow…</source>
        <translation>Registrar el flujo de trabajo &amp;clínico…</translation>
    </message>
    <message>
        <source>Record the clinical workflow review</source>
        <translation>Registrar la revisión del flujo de trabajo clínico</translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation>Registrar la capaci&amp;tación…</translation>
    </message>
    <message>
        <source>Record the training</source>
        <translation>Registrar la capacitación</translation>
    </message>
    <message>
        <source>Change &amp;due date…</source>
        <translation>Cambiar la &amp;fecha límite…</translation>
    </message>
    <message>
        <source>Change a stage&apos;s due date</source>
        <translation>Cambiar la fecha límite de una etapa</translation>
    </message>
    <message>
        <source>Move &amp;back in queue…</source>
        <translation>De&amp;volver a la cola…</translation>
    </message>
    <message>
        <source>Move the project back in the queue</source>
        <translation>Devolver el proyecto a la cola</translation>
    </message>
    <message>
        <source>Withdr&amp;aw…</source>
        <translation>Reti&amp;rar…</translation>
    </message>
    <message>
        <source>Withdraw the project</source>
        <translation>Retirar el proyecto</translation>
    </message>
    <message>
        <source>Issue &amp;invitation letter</source>
        <translation>Emitir carta de &amp;invitación</translation>
    </message>
    <message>
        <source>Issue an invitation letter</source>
        <translation>Emitir una carta de invitación</translation>
    </message>
    <message>
        <source>Issue o&amp;ngoing-submission letter</source>
        <translation>Emitir carta de e&amp;nvío continuo</translation>
    </message>
    <message>
        <source>Issue the ongoing-submission letter</source>
        <translation>Emitir la carta de envío continuo</translation>
    </message>
    <message>
        <source>Save &amp;letter as PDF…</source>
        <translation>Guardar la carta como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the selected letter as PDF</source>
        <translation>Guardar la carta seleccionada como PDF</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Passing %1…</source>
        <translation>Aprobando %1…</translation>
    </message>
    <message>
        <source>Agreed plan</source>
        <translation>Plan acordado</translation>
    </message>
    <message>
        <source>The date the organization agreed to the onboarding plan. Every stage&apos;s due date follows from it on the desk&apos;s business calendar.</source>
        <translation>La fecha en que la organización aceptó el plan de incorporación. La fecha límite de cada etapa se calcula a partir de ella según el calendario laboral de la mesa de ayuda.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <source>Set plan</source>
        <translation>Establecer el plan</translation>
    </message>
    <message>
        <source>Setting the agreed plan…</source>
        <translation>Estableciendo el plan acordado…</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Clinical workflow</source>
        <translation>Flujo de trabajo clínico</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Change a due date</source>
        <translation>Cambiar una fecha límite</translation>
    </message>
    <message>
        <source>The stage and the following ones move by the same business time. A stage already past due cannot move: move the project back in the queue instead.</source>
        <translation>La etapa y las siguientes se mueven el mismo tiempo laboral. Una etapa ya vencida no se puede mover: devuelva el proyecto a la cola.</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nueva fecha límite</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Cambiar la fecha límite</translation>
    </message>
    <message>
        <source>Changing the due date…</source>
        <translation>Cambiando la fecha límite…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Move back in the queue</source>
        <translation>Devolver a la cola</translation>
    </message>
    <message>
        <source>%1 gets a new place in the queue from today; this project ends.</source>
        <translation>%1 recibe un nuevo lugar en la cola a partir de hoy; este proyecto termina.</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>The project ends and leaves the board.</source>
        <translation>El proyecto termina y sale del tablero.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Issuing the invitation letter…</source>
        <translation>Emitiendo la carta de invitación…</translation>
    </message>
    <message>
        <source>Issuing the ongoing-submission letter…</source>
        <translation>Emitiendo la carta de envío continuo…</translation>
    </message>
    <message>
        <source>Saving the letter…</source>
        <translation>Guardando la carta…</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sites in the project</source>
        <translation>Centros del proyecto</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Código del centro</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Project history</source>
        <translation>Historial del proyecto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Letters issued</source>
        <translation>Cartas emitidas</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Onboarding project</source>
        <translation>Proyecto de incorporación</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Resumen del proyecto</translation>
    </message>
    <message>
        <source>Current gate</source>
        <translation>Criterios de la etapa actual</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>Cronología de las etapas</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Estado del proyecto</translation>
    </message>
    <message>
        <source>Submissions, history and letters</source>
        <translation>Envíos, historial y cartas</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>S&amp;ubmissions</source>
        <translation>&amp;Envíos</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>Carta&amp;s</translation>
    </message>
    <message>
        <source>Stage ti&amp;meline</source>
        <translation>Cronolo&amp;gía de las etapas</translation>
    </message>
    <message>
        <source>Saving the contacts…</source>
        <translation>Guardando los contactos…</translation>
    </message>
    <message>
        <source>Onboarding — %1</source>
        <translation>Incorporación: %1</translation>
    </message>
    <message>
        <source>Project #%1</source>
        <translation>Proyecto n.º %1</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>etapa: %1</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>data use agreement: %1</source>
        <translation>acuerdo de uso de datos: %1</translation>
    </message>
    <message>
        <source>plan agreed %1</source>
        <translation>plan acordado el %1</translation>
    </message>
    <message>
        <source>workflow %1</source>
        <translation>flujo de trabajo %1</translation>
    </message>
    <message>
        <source>training %1</source>
        <translation>capacitación %1</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>en producción desde %1</translation>
    </message>
    <message>
        <source>No site is named yet</source>
        <translation>Todavía no se indicó ningún centro</translation>
    </message>
    <message>
        <source>The project is %1: no gate to pass.</source>
        <translation>El proyecto está %1: no hay criterios que cumplir.</translation>
    </message>
    <message>
        <source>S&amp;ubmissions (%1)</source>
        <translation>&amp;Envíos (%1)</translation>
    </message>
    <message>
        <source>L&amp;etters (%1)</source>
        <translation>Carta&amp;s (%1)</translation>
    </message>
    <message>
        <source>Not passed.</source>
        <translation>No aprobada.</translation>
    </message>
    <message>
        <source>%1 was not passed: %2</source>
        <translation>%1 no se aprobó: %2</translation>
    </message>
    <message>
        <source>its gate is not met</source>
        <translation>no se cumplen sus criterios</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Add test submissi&amp;on…</source>
        <translation>Agregar envío de prue&amp;ba…</translation>
    </message>
    <message>
        <source>Add a test submission from an HL7 file (Ctrl+Shift+A)</source>
        <translation>Agregar un envío de prueba desde un archivo HL7 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Checking and storing %1…</source>
        <translation>Comprobando y guardando %1…</translation>
    </message>
    <message>
        <source>Add a test submission</source>
        <translation>Agregar un envío de prueba</translation>
    </message>
    <message>
        <source>HL7 v2 files (*.hl7 *.er7 *.txt);;All files (*)</source>
        <translation>Archivos HL7 v2 (*.hl7 *.er7 *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checked as the HL7 checker does and stored sealed; a file may also be dropped here.</source>
        <translation>Se comprueba igual que en el comprobador HL7 y se guarda sellado; también puede soltar un archivo aquí.</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingSubmissionsModel</name>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Con advertencias</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingTimelineModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingTrendView</name>
    <message>
        <source>No test submission has been received yet.</source>
        <translation>Todavía no se recibió ningún envío de prueba.</translation>
    </message>
    <message>
        <source>Test submissions, oldest first</source>
        <translation>Envíos de prueba, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Share of messages with errors and with warnings per batch</source>
        <translation>Proporción de mensajes con errores y con advertencias por lote</translation>
    </message>
    <message>
        <source>Errors %</source>
        <translation>% de errores</translation>
    </message>
    <message>
        <source>Warnings %</source>
        <translation>% de advertencias</translation>
    </message>
    <message>
        <source>Open in &amp;checker</source>
        <translation>Abrir en e&amp;l comprobador</translation>
    </message>
    <message>
        <source>Selected submission&apos;s verdict</source>
        <translation>Veredicto del envío seleccionado</translation>
    </message>
    <message>
        <source>Open the selected submission in the HL7 checker</source>
        <translation>Abrir el envío seleccionado en el comprobador HL7</translation>
    </message>
    <message>
        <source>%1: loading its report…</source>
        <translation>%1: cargando su informe…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>did not pass: %1</source>
        <translation>no aprobado: %1</translation>
    </message>
    <message>
        <source>%1 %2. %3 message(s), %4 with errors, %5 with warnings; score %6.</source>
        <translation>%1 %2. %3 mensaje(s), %4 con errores, %5 con advertencias; puntuación %6.</translation>
    </message>
</context>
<context>
    <name>izdesk::OrganizationView</name>
    <message>
        <source>Organization data use agreements</source>
        <translation>Acuerdos de uso de datos de la organización</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Código del centro</translation>
    </message>
    <message>
        <source>VFC PIN</source>
        <translation>PIN de VFC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Access administrators</source>
        <translation>Administradores de accesos</translation>
    </message>
    <message>
        <source>IIS users of the sites</source>
        <translation>Usuarios del IIS de los centros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Abrir cuenta</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Open the selected IIS user account</source>
        <translation>Abrir la cuenta de usuario del IIS seleccionada</translation>
    </message>
    <message>
        <source>Reload the organization</source>
        <translation>Volver a cargar la organización</translation>
    </message>
    <message>
        <source>Organization status</source>
        <translation>Estado de la organización</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Data use a&amp;greements</source>
        <translation>Acuerdos de uso de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Centros</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Usua&amp;rios</translation>
    </message>
    <message>
        <source>Organization — %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Sites: %1 · IIS users: %2 · Data use agreements: %3</source>
        <translation>Centros: %1 · Usuarios del IIS: %2 · Acuerdos de uso de datos: %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>O&amp;nboarding project</source>
        <translation>Proyecto de i&amp;ncorporación</translation>
    </message>
    <message>
        <source>Open the organization&apos;s electronic-reporting onboarding project</source>
        <translation>Abrir el proyecto de incorporación al reporte electrónico de la organización</translation>
    </message>
</context>
<context>
    <name>izdesk::Outbox</name>
    <message>
        <source>New ticket</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>Timeline entry on %1</source>
        <translation>Entrada del historial en %1</translation>
    </message>
    <message numerus="yes">
        <source>Bulk change of %n ticket(s)</source>
        <translation>
            <numerusform>Cambio en bloque de %n caso</numerusform>
            <numerusform>Cambio en bloque de %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment plan</source>
        <translation>Plan de asignación</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>Fusión de %1</translation>
    </message>
    <message>
        <source>Link change on %1</source>
        <translation>Cambio de vínculo en %1</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>Cambio (%1)</translation>
    </message>
</context>
<context>
    <name>izdesk::OutboxConflictDialog</name>
    <message>
        <source>&amp;Apply mine on theirs</source>
        <translation>&amp;Aplicar el mío sobre el suyo</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Descartar el mío</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>Field differences</source>
        <translation>Diferencias de campos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <source>Theirs (on the server now)</source>
        <translation>El suyo (ahora en el servidor)</translation>
    </message>
    <message>
        <source>Apply my change on top of theirs</source>
        <translation>Aplicar mi cambio sobre el suyo</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Descartar mi cambio</translation>
    </message>
    <message>
        <source>These changes were saved on this computer but the server refused them when they were sent. Choose for each one.</source>
        <translation>Estos cambios se guardaron en este equipo, pero el servidor los rechazó al enviarlos. Elija qué hacer con cada uno.</translation>
    </message>
    <message>
        <source>No conflicts: every change reached the server.</source>
        <translation>Sin conflictos: todos los cambios llegaron al servidor.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>izdesk::OutboxConnector</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Callback number or e-mail</source>
        <translation>Número o correo electrónico para devolver la llamada</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you made your change.</source>
        <translation>Otra persona cambió este caso después de que usted hizo su cambio.</translation>
    </message>
    <message>
        <source>The server no longer accepts this change.</source>
        <translation>El servidor ya no acepta este cambio.</translation>
    </message>
</context>
<context>
    <name>izdesk::PasswordChangeConnector</name>
    <message>
        <source>Your password is changed. Your sessions on other computers have ended.</source>
        <translation>Su contraseña se cambió. Sus sesiones en otros equipos se cerraron.</translation>
    </message>
    <message>
        <source>Changing your password needs the server, which cannot be reached now.</source>
        <translation>Para cambiar su contraseña se necesita el servidor, que ahora no está disponible.</translation>
    </message>
</context>
<context>
    <name>izdesk::PatientConnector</name>
    <message>
        <source>Patient linked to %1.</source>
        <translation>Paciente vinculado a %1.</translation>
    </message>
    <message>
        <source>The patient was not linked: %1</source>
        <translation>No se vinculó el paciente: %1</translation>
    </message>
    <message>
        <source>Select a ticket first.</source>
        <translation>Primero seleccione un caso.</translation>
    </message>
    <message>
        <source>%1 has no linked patient. Find the patient (F3) and link it with Ctrl+L.</source>
        <translation>%1 no tiene ningún paciente vinculado. Busque el paciente (F3) y vincúlelo con Ctrl+L.</translation>
    </message>
</context>
<context>
    <name>izdesk::PatientRecordView</name>
    <message>
        <source>&amp;Back to results</source>
        <translation>&amp;Volver a los resultados</translation>
    </message>
    <message>
        <source>&amp;Verify caller…</source>
        <translation>&amp;Verificar la identidad…</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>Vincular al &amp;caso</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient summary</source>
        <translation>Resumen del paciente</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>Estado de la verificación</translation>
    </message>
    <message>
        <source>Consent and protection</source>
        <translation>Consentimiento y protección</translation>
    </message>
    <message>
        <source>Consent details</source>
        <translation>Detalles del consentimiento</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>Volver a los resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation>Volver a los resultados de la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity</source>
        <translation>Verificar la identidad de quien llama</translation>
    </message>
    <message>
        <source>Link this patient to the current ticket</source>
        <translation>Vincular este paciente al caso actual</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <source>Multiple birth:</source>
        <translation>Parto múltiple:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>También conocido como:</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name:</source>
        <translation>Apellido de soltera de la madre:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Race / ethnicity:</source>
        <translation>Raza / etnia:</translation>
    </message>
    <message>
        <source>Owning facility:</source>
        <translation>Centro propietario:</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Assigning facility</source>
        <translation>Centro que asignó</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Tutores legales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Immunization history</source>
        <translation>Historial de vacunación</translation>
    </message>
    <message>
        <source>Immunization history status</source>
        <translation>Estado del historial de vacunación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>CVX</source>
        <translation>CVX</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Registro del paciente</translation>
    </message>
    <message>
        <source>No patient open. Find a patient and press Enter to open the record.</source>
        <translation>No hay ningún paciente abierto. Busque un paciente y pulse Intro para abrir el registro.</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Cargando el registro…</translation>
    </message>
    <message>
        <source>The record could not be opened: %1</source>
        <translation>No se pudo abrir el registro: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>•••••• hidden until the caller is verified</source>
        <translation>•••••• oculto hasta que se verifique la identidad de quien llama</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nacido el %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>IIS ID %1</source>
        <translation>ID del IIS %1</translation>
    </message>
    <message>
        <source>inactive record</source>
        <translation>registro inactivo</translation>
    </message>
    <message>
        <source>Caller verified — details and history may be discussed within the release rules.</source>
        <translation>Identidad verificada: los detalles y el historial se pueden comentar dentro de las reglas de entrega.</translation>
    </message>
    <message>
        <source>Caller not verified — address, phone, mother&apos;s maiden name, identifiers, guardians and the immunization history stay hidden.</source>
        <translation>Identidad no verificada: la dirección, el teléfono, el apellido de soltera de la madre, los identificadores, los tutores legales y el historial de vacunación permanecen ocultos.</translation>
    </message>
    <message>
        <source>%1: since %2, source %3</source>
        <translation>%1: desde %2, fuente %3</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>No consent restrictions on file</source>
        <translation>No hay restricciones de consentimiento en archivo</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (edad %2)</translation>
    </message>
    <message>
        <source>Yes, birth order %1</source>
        <translation>Sí, orden de nacimiento %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>••••••</source>
        <translation>••••••</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>No identifiers on file</source>
        <translation>No hay identificadores en archivo</translation>
    </message>
    <message>
        <source>No guardians on file</source>
        <translation>No hay tutores legales en archivo</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Vinculado a %1</translation>
    </message>
    <message>
        <source>&amp;Link to %1</source>
        <translation>Vincular &amp;con %1</translation>
    </message>
    <message>
        <source>Verify the caller to see the immunization history.</source>
        <translation>Verifique la identidad de quien llama para ver el historial de vacunación.</translation>
    </message>
    <message>
        <source>Vaccine group</source>
        <translation>Grupo de vacunas</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>CVX %1</source>
        <translation>CVX %1</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Histórica</translation>
    </message>
    <message>
        <source>Administered</source>
        <translation>Administrada</translation>
    </message>
    <message>
        <source>No immunizations on file.</source>
        <translation>No hay vacunas en archivo.</translation>
    </message>
</context>
<context>
    <name>izdesk::PatientResultModel</name>
    <message>
        <source>Score</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nac.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>IIS ID</source>
        <translation>ID del IIS</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation>Apellido de soltera de la madre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Multiple birth</source>
        <translation>Parto múltiple</translation>
    </message>
    <message>
        <source>Birth order</source>
        <translation>Orden de nacimiento</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <source>Owning facility</source>
        <translation>Centro propietario</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>apodo</translation>
    </message>
    <message>
        <source>sounds alike</source>
        <translation>suena parecido</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>ortografía parecida</translation>
    </message>
    <message>
        <source>day and month swapped</source>
        <translation>día y mes invertidos</translation>
    </message>
    <message>
        <source>first and last swapped</source>
        <translation>nombre y apellido invertidos</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>part of a hyphenated name</source>
        <translation>parte de un nombre compuesto con guion</translation>
    </message>
    <message>
        <source>initial only</source>
        <translation>solo la inicial</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diferente</translation>
    </message>
    <message>
        <source>Certain</source>
        <translation>Segura</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Twin?</source>
        <translation>¿Gemelo?</translation>
    </message>
    <message>
        <source>Sharing lock</source>
        <translation>Intercambio bloqueado</translation>
    </message>
    <message>
        <source>Jr/Sr?</source>
        <translation>¿Jr./Sr.?</translation>
    </message>
    <message>
        <source>Same household</source>
        <translation>Mismo hogar</translation>
    </message>
    <message>
        <source>Different birth-file number</source>
        <translation>Número de acta de nacimiento diferente</translation>
    </message>
    <message>
        <source>Different birth order</source>
        <translation>Orden de nacimiento diferente</translation>
    </message>
    <message>
        <source>DOB and sex differ</source>
        <translation>Fecha de nacimiento y sexo diferentes</translation>
    </message>
    <message>
        <source>Reminder/recall opt-out</source>
        <translation>Exclusión voluntaria de recordatorios</translation>
    </message>
    <message>
        <source>Full opt-out</source>
        <translation>Exclusión voluntaria total</translation>
    </message>
    <message>
        <source>Protection indicator</source>
        <translation>Indicador de protección</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de historia clínica</translation>
    </message>
    <message>
        <source>Birth-file number</source>
        <translation>Número de acta de nacimiento</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>ID de origen</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena americano o nativo de Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Nativo de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Other race</source>
        <translation>Otra raza</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispano o latino</translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation>No hispano ni latino</translation>
    </message>
    <message>
        <source>%1 match, score %2</source>
        <translation>Coincidencia %1, puntuación %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>close spelling</source>
        <translation>ortografía cercana</translation>
    </message>
    <message>
        <source>within 10 days</source>
        <translation>dentro de 10 días</translation>
    </message>
    <message>
        <source>Middle name on one record only</source>
        <translation>Segundo nombre solo en un registro</translation>
    </message>
    <message>
        <source>Low-grade: nothing closer on file, check what differs</source>
        <translation>Grado bajo: no hay nada más cercano en archivo; revise lo que difiere</translation>
    </message>
</context>
<context>
    <name>izdesk::PatientSearchView</name>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir registro</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>Vincular al &amp;caso</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Buscar un paciente</translation>
    </message>
    <message>
        <source>Name, date of birth, phone, IIS ID, address — e.g. Jon Smyth 03/04/2019</source>
        <translation>Nombre, fecha de nacimiento, teléfono, ID del IIS, dirección; p. ej., Jon Smyth 03/04/2019</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Pacientes coincidentes</translation>
    </message>
    <message>
        <source>Show why this patient matched</source>
        <translation>Mostrar por qué coincidió este paciente</translation>
    </message>
    <message>
        <source>Why this match</source>
        <translation>Por qué coincide</translation>
    </message>
    <message>
        <source>Match summary</source>
        <translation>Resumen de la coincidencia</translation>
    </message>
    <message>
        <source>Score by field</source>
        <translation>Puntuación por campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Open the patient&apos;s record</source>
        <translation>Abrir el registro del paciente</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s record (Enter)</source>
        <translation>Abrir el registro del paciente seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Link the patient to the current ticket</source>
        <translation>Vincular el paciente al caso actual</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No patients match — try fewer words or check the date.</source>
        <translation>Ningún paciente coincide: pruebe con menos palabras o revise la fecha.</translation>
    </message>
    <message>
        <source>Patients found: %1 — best match first. Enter opens the selected record.</source>
        <translation>Pacientes encontrados: %1, la mejor coincidencia primero. Intro abre el registro seleccionado.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Type what the caller says: a name, date of birth, phone number, IIS ID or address.</source>
        <translation>Escriba lo que dice quien llama: un nombre, fecha de nacimiento, número de teléfono, ID del IIS o dirección.</translation>
    </message>
    <message>
        <source>&amp;Link to %1</source>
        <translation>Vincular &amp;con %1</translation>
    </message>
    <message>
        <source>Link the selected patient to %1 (Ctrl+L)</source>
        <translation>Vincular el paciente seleccionado a %1 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Select a ticket in the queue to link a patient to it</source>
        <translation>Seleccione un caso de la cola para vincularle un paciente</translation>
    </message>
    <message>
        <source>Select a patient to see how each field compares.</source>
        <translation>Seleccione un paciente para ver cómo se compara cada campo.</translation>
    </message>
    <message>
        <source>%1 — %2 match, score %3</source>
        <translation>%1 — coincidencia %2, puntuación %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>izdesk::RecordRenderer</name>
    <message>
        <source>Released by %1 on %2 — ticket #%3 — disclosure #%4</source>
        <translation>Entregado por %1 el %2 — caso n.º %3 — divulgación n.º %4</translation>
    </message>
    <message>
        <source>help desk staff</source>
        <translation>personal de la mesa de ayuda</translation>
    </message>
    <message>
        <source>Immunization record</source>
        <translation>Registro de vacunación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>IIS ID</source>
        <translation>ID del IIS</translation>
    </message>
    <message>
        <source>Immunization history</source>
        <translation>Historial de vacunación</translation>
    </message>
    <message>
        <source>No immunizations are on file.</source>
        <translation>No hay vacunas en archivo.</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Fecha de administración</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Vaccine group</source>
        <translation>Grupo de vacunas</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>CVX %1</source>
        <translation>CVX %1</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Dirigido a</translation>
    </message>
    <message>
        <source>Confidential: released under the help desk&apos;s caller verification policy. Do not redisclose without authorization.</source>
        <translation>Confidencial: entregado según la política de verificación de identidad de la mesa de ayuda. No lo vuelva a divulgar sin autorización.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>izdesk::ReleaseDialog</name>
    <message>
        <source>&amp;Mail to the patient&apos;s current address on file</source>
        <translation>Enviar por &amp;correo a la dirección actual del paciente registrada</translation>
    </message>
    <message>
        <source>&amp;Fax to the verified facility&apos;s number on file</source>
        <translation>Enviar por &amp;fax al número registrado del centro verificado</translation>
    </message>
    <message>
        <source>&amp;Print for pick-up at the help desk</source>
        <translation>&amp;Imprimir para recoger en la mesa de ayuda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>E&amp;ntregar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Release immunization record</source>
        <translation>Entregar el registro de vacunación</translation>
    </message>
    <message>
        <source>How the record is released</source>
        <translation>Cómo se entrega el registro</translation>
    </message>
    <message>
        <source>The record is addressed only to what is on file; it cannot be sent anywhere else.</source>
        <translation>El registro se dirige solo a lo que está en archivo; no se puede enviar a ningún otro lugar.</translation>
    </message>
    <message>
        <source>Save the &amp;PDF as:</source>
        <translation>Guardar el &amp;PDF como:</translation>
    </message>
    <message>
        <source>File to save the released record in</source>
        <translation>Archivo donde guardar el registro entregado</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Elegir dónde guardar el PDF</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Estado de la entrega</translation>
    </message>
    <message>
        <source>Release the record</source>
        <translation>Entregar el registro</translation>
    </message>
    <message>
        <source>Nothing may be released for this verification.</source>
        <translation>No se puede entregar nada con esta verificación.</translation>
    </message>
    <message>
        <source>Save the released record</source>
        <translation>Guardar el registro entregado</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Entregando…</translation>
    </message>
    <message>
        <source>✓ Released and recorded as a disclosure. Addressed to: %1. Saved as %2.</source>
        <translation>✓ Entregado y registrado como divulgación. Dirigido a: %1. Guardado como %2.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>izdesk::ReportExporter</name>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
</context>
<context>
    <name>izdesk::ReportsConnector</name>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>%1 filas guardadas en %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>izdesk::ReportsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Volume by day</source>
        <translation>Volumen por día</translation>
    </message>
    <message>
        <source>Volume by category</source>
        <translation>Volumen por categoría</translation>
    </message>
    <message>
        <source>Volume by channel</source>
        <translation>Volumen por canal</translation>
    </message>
    <message>
        <source>Backlog and aging</source>
        <translation>Pendientes y antigüedad</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Categorías principales</translation>
    </message>
    <message>
        <source>Tickets per specialist</source>
        <translation>Casos por especialista</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Gráfico del informe</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabla del informe</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exportar la tabla como CSV</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>% met</source>
        <translation>% cumplido</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Resolved in period</source>
        <translation>Resueltos en el período</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abiertos ahora</translation>
    </message>
    <message>
        <source>%1 – %2 · computed from %3 tickets on this computer</source>
        <translation>%1 – %2 · calculado a partir de %3 casos en este equipo</translation>
    </message>
    <message>
        <source>Open now · computed from %1 tickets on this computer</source>
        <translation>Abiertos ahora · calculado a partir de %1 casos en este equipo</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>izdesk::SandboxLauncher</name>
    <message>
        <source>The local sandbox server could not be started (%1): %2</source>
        <translation>No se pudo iniciar el servidor del entorno local (%1): %2</translation>
    </message>
    <message>
        <source>The local sandbox server did not start within %1 seconds.</source>
        <translation>El servidor del entorno local no se inició en %1 segundos.</translation>
    </message>
    <message>
        <source>The local sandbox server was not found at %1.</source>
        <translation>No se encontró el servidor del entorno local en %1.</translation>
    </message>
    <message>
        <source>The local sandbox server crashed while starting.</source>
        <translation>El servidor del entorno local falló al iniciarse.</translation>
    </message>
    <message>
        <source>The local sandbox server stopped while starting (exit code %1).</source>
        <translation>El servidor del entorno local se detuvo al iniciarse (código de salida %1).</translation>
    </message>
    <message>
        <source>Server output:</source>
        <translation>Salida del servidor:</translation>
    </message>
</context>
<context>
    <name>izdesk::ScoreWaterfall</name>
    <message>
        <source>Score waterfall</source>
        <translation>Desglose de la puntuación</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Total %1 — %2</source>
        <translation>Total %1 — %2</translation>
    </message>
    <message>
        <source>No score to explain</source>
        <translation>No hay puntuación que explicar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>izdesk::SessionController</name>
    <message>
        <source>Signing in to the local sandbox…</source>
        <translation>Iniciando sesión en el entorno local…</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;.</source>
        <translation>Entorno desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The local sandbox is not running. Start it with &quot;Sign in to the sandbox&quot;.</source>
        <translation>El entorno local no está en funcionamiento. Inícielo con &quot;Iniciar sesión en el entorno local&quot;.</translation>
    </message>
    <message>
        <source>The %1 environment is not configured: no server address is set.</source>
        <translation>El entorno %1 no está configurado: no se estableció la dirección del servidor.</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Escriba un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando el entorno local…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer to the sign-in.</source>
        <translation>El servidor envió una respuesta inesperada al inicio de sesión.</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>Abriendo la caché local…</translation>
    </message>
    <message>
        <source>The server cannot be reached; trying the offline sign-in…</source>
        <translation>No se puede conectar con el servidor; intentando el inicio de sesión sin conexión…</translation>
    </message>
    <message>
        <source>Offline sign-in failed: the user name or password is wrong, or this user has not signed in to this environment on this computer before.</source>
        <translation>Falló el inicio de sesión sin conexión: el nombre de usuario o la contraseña son incorrectos, o este usuario nunca inició sesión en este entorno en este equipo.</translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation>Elija una contraseña nueva para continuar.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Primero inicie sesión.</translation>
    </message>
    <message>
        <source>Changing your password needs the server, which cannot be reached now.</source>
        <translation>Para cambiar su contraseña se necesita el servidor, que ahora no está disponible.</translation>
    </message>
    <message>
        <source>Not signed in: the desk opens once you have chosen a new password.</source>
        <translation>Sesión no iniciada: el sistema se abre cuando haya elegido una contraseña nueva.</translation>
    </message>
    <message>
        <source>Your session has ended: you were signed out elsewhere, the session timed out, or an administrator disabled your account or reset its password. Sign in again.</source>
        <translation>Su sesión terminó: se cerró en otro lugar, se agotó el tiempo de la sesión o un administrador deshabilitó su cuenta o restableció su contraseña. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Sign in again: a new password must be chosen before the desk opens.</source>
        <translation>Inicie sesión de nuevo: debe elegir una contraseña nueva antes de que se abra el sistema.</translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in…</source>
        <translation>El navegador respondió; terminando el inicio de sesión…</translation>
    </message>
    <message>
        <source>This environment offers no sign-in through an identity provider.</source>
        <translation>Este entorno no ofrece inicio de sesión mediante un proveedor de identidad.</translation>
    </message>
    <message>
        <source>Continue in your web browser: sign in with %1 there, then come back to IZ Desk.</source>
        <translation>Continúe en su navegador web: inicie sesión allí con %1 y luego vuelva a IZ Desk.</translation>
    </message>
    <message>
        <source>Checking the sign-in with IZ Desk…</source>
        <translation>Comprobando el inicio de sesión con IZ Desk…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
</context>
<context>
    <name>izdesk::SessionStatusBar</name>
    <message>
        <source>Signed-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Todavía no actualizado</translation>
    </message>
    <message>
        <source>Changes saved on this computer and not yet on the server; click to resolve conflicts</source>
        <translation>Cambios guardados en este equipo que aún no están en el servidor; haga clic para resolver conflictos</translation>
    </message>
    <message>
        <source>1 pending</source>
        <translation>1 pendiente</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 conflicto</translation>
    </message>
    <message>
        <source>⚠ %1 conflicts</source>
        <translation>⚠ %1 conflictos</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Bandeja de salida: %1</translation>
    </message>
</context>
<context>
    <name>izdesk::Settings</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>UAT</source>
        <translation>UAT</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno local</translation>
    </message>
</context>
<context>
    <name>izdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>izdesk::SlaAlertMonitor</name>
    <message>
        <source>%1 breaches its SLA in %2</source>
        <translation>%1 incumple su SLA en %2</translation>
    </message>
    <message>
        <source>%1 has breached its SLA</source>
        <translation>%1 incumplió su SLA</translation>
    </message>
</context>
<context>
    <name>izdesk::SlaAlertPresenter</name>
    <message>
        <source>IZ Desk</source>
        <translation>IZ Desk</translation>
    </message>
</context>
<context>
    <name>izdesk::SlaStatus</name>
    <message>
        <source>&lt;1m</source>
        <translation>&lt;1m</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <source>Starts when sent</source>
        <translation>Comienza al enviarse</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation>Incumplido hace %1</translation>
    </message>
    <message>
        <source>Breached · %1 left</source>
        <translation>Incumplido · quedan %1</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>izdesk::StaffAccountDialog</name>
    <message>
        <source>Username problem</source>
        <translation>Problema con el usuario</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>Role problem</source>
        <translation>Problema con el rol</translation>
    </message>
    <message>
        <source>Temporary password problem</source>
        <translation>Problema con la contraseña temporal</translation>
    </message>
    <message>
        <source>Staff account change status</source>
        <translation>Estado del cambio de la cuenta del personal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name shown to others</source>
        <translation>Nombre que ven los demás</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Repita la contraseña temporal</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>Repeat the &amp;password:</source>
        <translation>Repita la &amp;contraseña:</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Agregar una cuenta del personal</translation>
    </message>
    <message>
        <source>The person signs in with the temporary password once and then has to choose a password of their own. Give them the temporary password in person or by phone.</source>
        <translation>La persona inicia sesión una vez con la contraseña temporal y luego debe elegir su propia contraseña. Entréguele la contraseña temporal en persona o por teléfono.</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Agregar cuenta</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Change role or name</source>
        <translation>Cambiar rol o nombre</translation>
    </message>
    <message>
        <source>Changing the role of %1 (%2) takes effect with their next request.</source>
        <translation>El cambio de rol de %1 (%2) se aplica a partir de su próxima solicitud.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>%1 (%2) is signed out everywhere and has to choose a new password at the next sign-in with this temporary one. A lock from failed sign-ins is cleared too.</source>
        <translation>Se cierra la sesión de %1 (%2) en todas partes y, en el próximo inicio de sesión con esta contraseña temporal, deberá elegir una nueva. También se quita el bloqueo por inicios de sesión fallidos.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>R&amp;establecer contraseña</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>izdesk::StaffAccountsConnector</name>
    <message>
        <source>Loading the staff accounts…</source>
        <translation>Cargando las cuentas del personal…</translation>
    </message>
    <message>
        <source>Staff accounts updated at %1.</source>
        <translation>Cuentas del personal actualizadas a las %1.</translation>
    </message>
    <message>
        <source>1 session ended.</source>
        <translation>Se cerró 1 sesión.</translation>
    </message>
    <message>
        <source>%1 sessions ended.</source>
        <translation>Se cerraron %1 sesiones.</translation>
    </message>
    <message>
        <source>%1 added as %2. They sign in with the temporary password and then choose their own.</source>
        <translation>%1 agregado como %2. Inicia sesión con la contraseña temporal y luego elige la suya.</translation>
    </message>
    <message>
        <source>%1 is now %2, shown as &quot;%3&quot;.</source>
        <translation>%1 ahora es %2 y se muestra como &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 está deshabilitado y ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 was already disabled.</source>
        <translation>%1 ya estaba deshabilitado.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 was already active.</source>
        <translation>%1 ya estaba activo.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 está desbloqueado.</translation>
    </message>
    <message>
        <source>%1 was not locked.</source>
        <translation>%1 no estaba bloqueado.</translation>
    </message>
    <message>
        <source>%1 has a new temporary password and chooses a new one at the next sign-in.</source>
        <translation>%1 tiene una contraseña temporal nueva y elegirá una nueva en el próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>izdesk::StaffAccountsController</name>
    <message>
        <source>The server sent an unexpected answer.</source>
        <translation>El servidor envió una respuesta inesperada.</translation>
    </message>
</context>
<context>
    <name>izdesk::StaffAccountsView</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source> · locked until %1</source>
        <translation> · bloqueada hasta %1</translation>
    </message>
    <message>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Change &amp;role or name…</source>
        <translation>Cambiar &amp;rol o nombre…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Filter staff accounts by username, name or role</source>
        <translation>Filtrar las cuentas del personal por usuario, nombre o rol</translation>
    </message>
    <message>
        <source>Username, name or role</source>
        <translation>Usuario, nombre o rol</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Agregar una cuenta del personal</translation>
    </message>
    <message>
        <source>Change the role or name of the selected account</source>
        <translation>Cambiar el rol o el nombre de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Disable the selected account and end its sessions</source>
        <translation>Deshabilitar la cuenta seleccionada y cerrar sus sesiones</translation>
    </message>
    <message>
        <source>Enable the selected account</source>
        <translation>Habilitar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Unlock the selected account after failed sign-ins</source>
        <translation>Desbloquear la cuenta seleccionada después de inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Give the selected account a new temporary password</source>
        <translation>Dar una contraseña temporal nueva a la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Reload the staff accounts</source>
        <translation>Volver a cargar las cuentas del personal</translation>
    </message>
    <message>
        <source>Filter staff accounts</source>
        <translation>Filtrar las cuentas del personal</translation>
    </message>
    <message>
        <source>Staff account counts</source>
        <translation>Totales de cuentas del personal</translation>
    </message>
    <message>
        <source>Staff accounts status</source>
        <translation>Estado de las cuentas del personal</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>New password due at next sign-in</source>
        <translation>Contraseña nueva obligatoria en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n deshabilitada</numerusform>
            <numerusform>%n deshabilitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation>
            <numerusform>%n bloqueada</numerusform>
            <numerusform>%n bloqueadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a new password</source>
        <translation>
            <numerusform>%n en espera de contraseña nueva</numerusform>
            <numerusform>%n en espera de contraseña nueva</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>izdesk::StaffBoardView</name>
    <message>
        <source>Refres&amp;h board</source>
        <translation>&amp;Actualizar el tablero</translation>
    </message>
    <message>
        <source>Desk board</source>
        <translation>Tablero de la mesa</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>On shift</source>
        <translation>En turno</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Open and pending internal</source>
        <translation>Abiertos y pendientes internos</translation>
    </message>
    <message>
        <source>Pending caller</source>
        <translation>Espera respuesta</translation>
    </message>
    <message>
        <source>Desk summary</source>
        <translation>Resumen de la mesa</translation>
    </message>
    <message>
        <source>Refresh the desk board</source>
        <translation>Actualizar el tablero de la mesa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>◐ Away</source>
        <translation>◐ Ausente</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fuera de turno</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 on shift · %2 online · %3 staff</source>
        <translation>%1 en turno · %2 en línea · %3 en el personal</translation>
    </message>
</context>
<context>
    <name>izdesk::SupervisorConnector</name>
    <message>
        <source>Saved on this computer; it will be sent when the server can be reached.</source>
        <translation>Guardado en este equipo; se enviará cuando se pueda conectar con el servidor.</translation>
    </message>
    <message>
        <source>%1 tickets changed</source>
        <translation>%1 casos cambiados</translation>
    </message>
</context>
<context>
    <name>izdesk::SupervisorController</name>
    <message>
        <source>Select between 1 and 500 tickets for a bulk change.</source>
        <translation>Seleccione entre 1 y 500 casos para un cambio en bloque.</translation>
    </message>
    <message>
        <source>Tickets changed since the preview; nothing was assigned. Preview again.</source>
        <translation>Los casos cambiaron desde la vista previa; no se asignó nada. Vuelva a ver la vista previa.</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketConflictPanel</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Cargar la versión del servidor</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Changes on the server and in your edit</source>
        <translation>Cambios en el servidor y en su edición</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Su edición</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Cargar la versión del servidor</translation>
    </message>
    <message>
        <source>Discard your edit and show the ticket as it is on the server</source>
        <translation>Descartar su edición y mostrar el caso como está en el servidor</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Keep your values; saving again applies them over the server&apos;s version</source>
        <translation>Conservar sus valores; al guardar de nuevo, se aplican sobre la versión del servidor</translation>
    </message>
    <message>
        <source>Someone else changed this ticket while you were editing it. Nothing was saved. Compare the values, then reload theirs or keep editing and save again.</source>
        <translation>Otra persona cambió este caso mientras usted lo editaba. No se guardó nada. Compare los valores y luego cargue la versión del servidor o siga editando y guarde de nuevo.</translation>
    </message>
    <message>
        <source>Changed on the server and in your edit</source>
        <translation>Cambiado en el servidor y en su edición</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketDetailPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <source>Edit this ticket (E in the queue, F2)</source>
        <translation>Editar este caso (E en la cola, F2)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Set stat&amp;us:</source>
        <translation>Cambiar el &amp;estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Select a ticket in the queue to see its details.</source>
        <translation>Seleccione un caso de la cola para ver sus detalles.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Offline: changes are disabled</source>
        <translation>Sin conexión: los cambios están deshabilitados</translation>
    </message>
    <message>
        <source>Others on this ticket</source>
        <translation>Otras personas en este caso</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado con</translation>
    </message>
    <message>
        <source>Ticket details and timeline</source>
        <translation>Detalles e historial del caso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionado con %1</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requester name</source>
        <translation>Nombre del solicitante</translation>
    </message>
    <message>
        <source>Requester contact</source>
        <translation>Contacto del solicitante</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>What the caller needs, in a few words</source>
        <translation>Lo que necesita quien llama, en pocas palabras</translation>
    </message>
    <message>
        <source>Phone number or e-mail address</source>
        <translation>Número de teléfono o dirección de correo electrónico</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Requester name:</source>
        <translation>&amp;Nombre del solicitante:</translation>
    </message>
    <message>
        <source>Requester c&amp;ontact:</source>
        <translation>C&amp;ontacto del solicitante:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Elija una categoría…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Saving… the dialog closes when the server confirms.</source>
        <translation>Guardando… el cuadro de diálogo se cierra cuando el servidor lo confirma.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(not changed)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Close the editor and discard what you typed?</source>
        <translation>¿Cerrar el editor y descartar lo que escribió?</translation>
    </message>
    <message>
        <source>Organization or facility</source>
        <translation>Organización o centro</translation>
    </message>
    <message>
        <source>Type a name or facility code</source>
        <translation>Escriba un nombre o un código de centro</translation>
    </message>
    <message>
        <source>Organization / &amp;facility:</source>
        <translation>Organización / cen&amp;tro:</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organización %1</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketExtrasConnector</name>
    <message>
        <source>Scanned forms (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Formularios escaneados (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Archivos adjuntos (%1)</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>%1 adjuntado.</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 fusionado con %2</translation>
    </message>
    <message>
        <source>Canned response &quot;%1&quot; added</source>
        <translation>Respuesta predefinida &quot;%1&quot; agregada</translation>
    </message>
    <message>
        <source>Canned response &quot;%1&quot; saved</source>
        <translation>Respuesta predefinida &quot;%1&quot; guardada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PDF, PNG, JPEG or TIFF, up to %1 MB</source>
        <translation>PDF, PNG, JPEG o TIFF, hasta %1 MB</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketLinksBar</name>
    <message>
        <source>No links yet.</source>
        <translation>Todavía no hay vínculos.</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Vincular…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Link this ticket to an organization, facility, ticket, patient or IIS user</source>
        <translation>Vincular este caso con una organización, un centro, un caso, un paciente o un usuario del IIS</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket</source>
        <translation>Fusionar este caso con otro caso</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>IIS user</source>
        <translation>Usuario del IIS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Remove the link to %1</source>
        <translation>Quitar el vínculo con %1</translation>
    </message>
    <message>
        <source>This ticket is already merged</source>
        <translation>Este caso ya está fusionado</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Saved on this computer and not yet sent: the ticket gets its number when the server can be reached.</source>
        <translation>Guardado en este equipo y todavía no enviado: el caso recibe su número cuando se pueda conectar con el servidor.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Todavía no enviado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketQueueController</name>
    <message>
        <source>(cached details unavailable)</source>
        <translation>(detalles en caché no disponibles)</translation>
    </message>
    <message>
        <source>Cached details unavailable: ticket details are only kept on this computer when a system keychain is available. They will show once the server answers.</source>
        <translation>Detalles en caché no disponibles: los detalles de los casos solo se guardan en este equipo cuando hay un llavero del sistema disponible. Se mostrarán cuando responda el servidor.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the queue.</source>
        <translation>El caso %1 no está en la cola.</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer.</source>
        <translation>El servidor envió una respuesta inesperada.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>No se guardó el cambio.</translation>
    </message>
    <message>
        <source>Sign in to create tickets.</source>
        <translation>Inicie sesión para crear casos.</translation>
    </message>
    <message>
        <source>Sign in to change tickets.</source>
        <translation>Inicie sesión para cambiar casos.</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketQueueView</name>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Search number, subject, requester… (Ctrl+F or /)</source>
        <translation>Buscar número, asunto, solicitante… (Ctrl+F o /)</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Cola de casos</translation>
    </message>
    <message>
        <source>Ticket count</source>
        <translation>Número de casos</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 tickets</source>
        <translation>%1 de %2 casos</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Caso siguiente</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Caso anterior</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Buscar en la cola</translation>
    </message>
    <message>
        <source>Edit the selected ticket</source>
        <translation>Editar el caso seleccionado</translation>
    </message>
    <message>
        <source>Breached 9h 59m ago</source>
        <translation>Incumplido hace 9h 59m</translation>
    </message>
</context>
<context>
    <name>izdesk::TicketRules</name>
    <message>
        <source>the patch changes nothing: give at least one field</source>
        <translation>el cambio no modifica nada: indique al menos un campo</translation>
    </message>
    <message>
        <source>is not a field a client may set</source>
        <translation>no es un campo que un cliente pueda establecer</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a positive integer or null</source>
        <translation>debe ser un número entero positivo o null</translation>
    </message>
</context>
<context>
    <name>izdesk::TimelineComposer</name>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <source>&amp;Reply to caller</source>
        <translation>&amp;Responder a quien llama</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply to caller</source>
        <translation>Responder a quien llama</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>Insertar una respuesta predefinida</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Shift+K)</source>
        <translation>Insertar una respuesta predefinida (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Call direction</source>
        <translation>Dirección de la llamada</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Caller phone number</source>
        <translation>Número de teléfono de quien llama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Ca&amp;ll:</source>
        <translation>&amp;Llamada:</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Respuesta predefinida…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Send reply to caller</source>
        <translation>Enviar la respuesta a quien llama</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Agregar nota interna</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Call notes: saved with the call when you stop the timer</source>
        <translation>Notas de la llamada: se guardan con la llamada cuando detiene el cronómetro</translation>
    </message>
    <message>
        <source>Reply the caller will see</source>
        <translation>Respuesta que verá quien llama</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>Nota interna, solo la ve el personal</translation>
    </message>
</context>
<context>
    <name>izdesk::TimelineConnector</name>
    <message>
        <source>Saved on this computer; it will be sent when the server can be reached.</source>
        <translation>Guardado en este equipo; se enviará cuando se pueda conectar con el servidor.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 está editando</translation>
    </message>
    <message>
        <source>%1 are editing</source>
        <translation>%1 están editando</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 está viendo</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 están viendo</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>izdesk::TimelineView</name>
    <message>
        <source>Ticket timeline</source>
        <translation>Historial del caso</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reply to caller</source>
        <translation>Responder a quien llama</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>izdesk::VerificationConnector</name>
    <message>
        <source>Select the caller&apos;s ticket first: a verification belongs to a ticket.</source>
        <translation>Primero seleccione el caso de quien llama: una verificación pertenece a un caso.</translation>
    </message>
    <message>
        <source>CVX %1</source>
        <translation>CVX %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n dosis</numerusform>
            <numerusform>%n dosis</numerusform>
        </translation>
    </message>
    <message>
        <source>Record released and saved as %1</source>
        <translation>Registro entregado y guardado como %1</translation>
    </message>
    <message>
        <source>The release was recorded, but the PDF could not be saved as %1: %2. Choose another folder and release again.</source>
        <translation>La entrega se registró, pero el PDF no se pudo guardar como %1: %2. Elija otra carpeta y vuelva a entregar.</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation>Se acusó recibo de la alerta %1.</translation>
    </message>
    <message>
        <source>Phone release lock lifted for patient record #%1.</source>
        <translation>Se quitó el bloqueo de entrega por teléfono para el registro del paciente n.º %1.</translation>
    </message>
    <message>
        <source>Patient record #%1 — linked to this ticket</source>
        <translation>Registro del paciente n.º %1 — vinculado a este caso</translation>
    </message>
    <message>
        <source>Patient record #%1 — open in the patient view</source>
        <translation>Registro del paciente n.º %1 — abierto en la vista de pacientes</translation>
    </message>
    <message>
        <source>Verify the caller first: nothing can be released without a passed verification on this ticket.</source>
        <translation>Primero verifique la identidad de quien llama: no se puede entregar nada sin una verificación aprobada en este caso.</translation>
    </message>
    <message>
        <source>Choose the patient record in the verification first.</source>
        <translation>Primero elija el registro del paciente en la verificación.</translation>
    </message>
    <message>
        <source>immunization-record-ticket-%1.pdf</source>
        <translation>registro-vacunacion-caso-%1.pdf</translation>
    </message>
</context>
<context>
    <name>izdesk::VerificationController</name>
    <message>
        <source>Phone release is locked for this patient after %1 failed verification attempts today. A supervisor has been alerted and can lift the lock.</source>
        <translation>La entrega por teléfono está bloqueada para este paciente después de %1 intentos de verificación fallidos hoy. Se avisó a un supervisor, que puede quitar el bloqueo.</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>No tiene permiso para hacer esto: %1</translation>
    </message>
    <message>
        <source>The ticket or patient record was not found (it may have been removed or locked): %1</source>
        <translation>No se encontró el caso o el registro del paciente (puede que se haya eliminado o bloqueado): %1</translation>
    </message>
    <message>
        <source>That was already done on this attempt: %1</source>
        <translation>Eso ya se hizo en este intento: %1</translation>
    </message>
    <message>
        <source>Give a reason for lifting the lock.</source>
        <translation>Indique un motivo para quitar el bloqueo.</translation>
    </message>
</context>
<context>
    <name>izdesk::VerificationStatusSection</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <source>Caller verification</source>
        <translation>Verificación de identidad</translation>
    </message>
    <message>
        <source>Caller verification status</source>
        <translation>Estado de la verificación de identidad</translation>
    </message>
    <message>
        <source>Verify the caller</source>
        <translation>Verificar la identidad de quien llama</translation>
    </message>
    <message>
        <source>Verify caller (Ctrl+Shift+V)</source>
        <translation>Verificar la identidad (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <source>✗ Verification expired — %1</source>
        <translation>✗ Verificación vencida — %1</translation>
    </message>
    <message>
        <source>✓ Verified — %1 — expires in %2:%3</source>
        <translation>✓ Verificado — %1 — vence en %2:%3</translation>
    </message>
    <message>
        <source>✗ Failed — %1</source>
        <translation>✗ Falló — %1</translation>
    </message>
    <message>
        <source>↗ Referred to a supervisor — %1</source>
        <translation>↗ Remitido a un supervisor — %1</translation>
    </message>
    <message>
        <source>● In progress — %1</source>
        <translation>● En curso — %1</translation>
    </message>
</context>
<context>
    <name>izdesk::VerificationWizard</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Verify caller</source>
        <translation>Verificar la identidad</translation>
    </message>
    <message>
        <source>Verification outcome</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Close the verification; what was typed is kept for this ticket</source>
        <translation>Cerrar la verificación; lo escrito se conserva para este caso</translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation>Quién llama</translation>
    </message>
    <message>
        <source>&amp;Who is calling?</source>
        <translation>¿&amp;Quién llama?</translation>
    </message>
    <message>
        <source>The call is about &amp;patient record:</source>
        <translation>La llamada es sobre el registro del &amp;paciente:</translation>
    </message>
    <message>
        <source>Patient record the call is about</source>
        <translation>Registro del paciente sobre el que trata la llamada</translation>
    </message>
    <message>
        <source>Patient record number</source>
        <translation>Número de registro del paciente</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>número de registro</translation>
    </message>
    <message>
        <source>&amp;Start verification</source>
        <translation>&amp;Iniciar la verificación</translation>
    </message>
    <message>
        <source>Start the verification</source>
        <translation>Iniciar la verificación</translation>
    </message>
    <message>
        <source>Enter only what the caller says. The server answers match or no match and never shows what is on file.</source>
        <translation>Escriba solo lo que dice quien llama. El servidor responde si coincide o no y nunca muestra lo que está en archivo.</translation>
    </message>
    <message>
        <source>Note for the supervisor</source>
        <translation>Nota para el supervisor</translation>
    </message>
    <message>
        <source>Why a supervisor should handle this request</source>
        <translation>Por qué un supervisor debe atender esta solicitud</translation>
    </message>
    <message>
        <source>Refer to &amp;supervisor</source>
        <translation>Remitir a un &amp;supervisor</translation>
    </message>
    <message>
        <source>Refer this request to a supervisor</source>
        <translation>Remitir esta solicitud a un supervisor</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Mostrar el &amp;historial</translation>
    </message>
    <message>
        <source>Show the immunization history to read to the caller</source>
        <translation>Mostrar el historial de vacunación para leerlo a quien llama</translation>
    </message>
    <message>
        <source>&amp;Release record…</source>
        <translation>&amp;Entregar registro…</translation>
    </message>
    <message>
        <source>Release the immunization record</source>
        <translation>Entregar el registro de vacunación</translation>
    </message>
    <message>
        <source>&amp;New attempt</source>
        <translation>&amp;Nuevo intento</translation>
    </message>
    <message>
        <source>Start a new verification attempt</source>
        <translation>Iniciar un nuevo intento de verificación</translation>
    </message>
    <message>
        <source>Immunization history</source>
        <translation>Historial de vacunación</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Fecha de administración</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Verify caller — %1</source>
        <translation>Verificar la identidad — %1</translation>
    </message>
    <message>
        <source>Another patient record…</source>
        <translation>Otro registro del paciente…</translation>
    </message>
    <message>
        <source>Choose the patient record the call is about.</source>
        <translation>Elija el registro del paciente sobre el que trata la llamada.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1: first name as the caller says it</source>
        <translation>%1: nombre tal como lo dice quien llama</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>%1: last name as the caller says it</source>
        <translation>%1: apellido tal como lo dice quien llama</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>%1: street as the caller says it</source>
        <translation>%1: calle tal como la dice quien llama</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>%1: ZIP code</source>
        <translation>%1: código postal</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>%1: confirmed</source>
        <translation>%1: confirmado</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>%1 as the caller says it</source>
        <translation>%1 tal como lo dice quien llama</translation>
    </message>
    <message>
        <source>(555) 010-1234</source>
        <translation>(555) 010-1234</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Comprobar %1</translation>
    </message>
    <message>
        <source>%1 result</source>
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <source>✓ Match</source>
        <translation>✓ Coincide</translation>
    </message>
    <message>
        <source>✓ Confirmed</source>
        <translation>✓ Confirmado</translation>
    </message>
    <message>
        <source>✗ No match</source>
        <translation>✗ No coincide</translation>
    </message>
    <message>
        <source>✗ Not confirmed</source>
        <translation>✗ No confirmado</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No se necesita</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✗ Locked — %1</source>
        <translation>✗ Bloqueado — %1</translation>
    </message>
    <message>
        <source>Enter first and last name</source>
        <translation>Escriba el nombre y el apellido</translation>
    </message>
    <message>
        <source>Enter the street</source>
        <translation>Escriba la calle</translation>
    </message>
    <message>
        <source>Enter what the caller says</source>
        <translation>Escriba lo que dice quien llama</translation>
    </message>
    <message>
        <source>Enter the date as MM/DD/YYYY</source>
        <translation>Escriba la fecha como MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IZ Desk — IIS help desk workstation</source>
        <translation>IZ Desk: estación de trabajo de la mesa de ayuda del IIS</translation>
    </message>
    <message>
        <source>Open the Local sandbox without the sign-in dialog.</source>
        <translation>Abrir el entorno local sin el cuadro de inicio de sesión.</translation>
    </message>
    <message>
        <source>Open the sandbox, render the main window to FILE (PNG) and exit.</source>
        <translation>Abrir el entorno local, representar la ventana principal en FILE (PNG) y salir.</translation>
    </message>
</context>
</TS>
