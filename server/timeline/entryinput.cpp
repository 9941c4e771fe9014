#include "timeline/entryinput.h"

#include "http/requestcontext.h"
#include "tickets/ticketstore.h"

namespace izdesk::server {

namespace {

constexpr int kMaxBody = 20000;
constexpr int kMaxPhone = 40;

} // namespace

EntryStore::Entry parseTimelineEntry(const QJsonObject &body, QList<FieldError> *errors, const QString &fieldPrefix)
{
    const auto fail = [errors, &fieldPrefix](const QString &field, const QString &message) {
        errors->append({fieldPrefix + field, message});
    };
    static const QStringList known{QStringLiteral("kind"),  QStringLiteral("body"),       QStringLiteral("direction"),
                                   QStringLiteral("phone"), QStringLiteral("started_at"), QStringLiteral("ended_at")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), QStringLiteral("is not a field of an entry"));
    }
    EntryStore::Entry e;
    e.kind = body.value(QStringLiteral("kind")).toString();
    if (e.kind != QLatin1String("note") && e.kind != QLatin1String("reply") && e.kind != QLatin1String("call"))
        fail(QStringLiteral("kind"), QStringLiteral("must be note, reply or call"));
    const QJsonValue bodyValue = body.value(QStringLiteral("body"));
    if (!bodyValue.isUndefined() && !bodyValue.isNull() && !bodyValue.isString())
        fail(QStringLiteral("body"), QStringLiteral("must be text"));
    e.body = bodyValue.toString();
    // A call may come without notes. The column is NOT NULL and Qt SQL binds a null QString
    // as NULL, so "no notes" is stored as empty text.
    if (e.body.isNull())
        e.body = QStringLiteral("");
    if (e.body.size() > kMaxBody)
        fail(QStringLiteral("body"), QStringLiteral("must be at most %1 characters").arg(kMaxBody));
    if (e.kind != QLatin1String("call")) {
        if (e.body.trimmed().isEmpty())
            fail(QStringLiteral("body"), QStringLiteral("must not be empty"));
        for (const QString &field : {QStringLiteral("direction"), QStringLiteral("phone"), QStringLiteral("started_at"),
                                     QStringLiteral("ended_at")}) {
            if (body.contains(field) && !body.value(field).isNull())
                fail(field, QStringLiteral("is only for a call"));
        }
        return e;
    }
    e.direction = body.value(QStringLiteral("direction")).toString();
    if (e.direction != QLatin1String("inbound") && e.direction != QLatin1String("outbound"))
        fail(QStringLiteral("direction"), QStringLiteral("must be inbound or outbound"));
    e.phone = body.value(QStringLiteral("phone")).toString().trimmed();
    if (e.phone.size() > kMaxPhone)
        fail(QStringLiteral("phone"), QStringLiteral("must be at most %1 characters").arg(kMaxPhone));
    e.startedAt = fromIsoUtc(body.value(QStringLiteral("started_at")).toString());
    e.endedAt = fromIsoUtc(body.value(QStringLiteral("ended_at")).toString());
    if (!e.startedAt.isValid())
        fail(QStringLiteral("started_at"), QStringLiteral("must be a UTC time YYYY-MM-DDTHH:MM:SS(.mmm)Z"));
    if (!e.endedAt.isValid())
        fail(QStringLiteral("ended_at"), QStringLiteral("must be a UTC time YYYY-MM-DDTHH:MM:SS(.mmm)Z"));
    else if (e.startedAt.isValid() && e.endedAt < e.startedAt)
        fail(QStringLiteral("ended_at"), QStringLiteral("must not be before started_at"));
    if (e.startedAt.isValid() && e.endedAt.isValid())
        e.durationSeconds = e.startedAt.secsTo(e.endedAt);
    return e;
}

std::optional<qint64> addTimelineEntry(RequestContext &ctx, TicketStore &tickets, qint64 ticketId,
                                       EntryStore::Entry entry)
{
    entry.ticketId = ticketId;
    entry.createdAt = ctx.now();
    const auto entryId = EntryStore(ctx.db(), ctx.dialect()).insert(entry, ctx.principal().userId);
    const bool responds = entry.kind != QLatin1String("note");
    if (!entryId || (responds && !tickets.recordFirstResponse(ticketId, ctx.now()))
        || !ctx.audit(QStringLiteral("ticket.entry_add"), QStringLiteral("ticket"), QString::number(ticketId),
                      QJsonObject{{QStringLiteral("entry_id"), *entryId}, {QStringLiteral("kind"), entry.kind}}))
        return std::nullopt;
    return entryId;
}

} // namespace izdesk::server
