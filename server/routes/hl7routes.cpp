#include "routes/hl7routes.h"

#include "codesets/publishedcodetables.h"
#include "hl7/submissioncheck.h"
#include "http/problem.h"
#include "http/requestcontext.h"
#include "http/router.h"
#include "serverconfig.h"

#include <QJsonObject>

namespace izdesk::server {

namespace {

const QStringList &acceptedTypes()
{
    static const QStringList types{QStringLiteral("application/hl7-v2"), QStringLiteral("text/plain"),
                                   QStringLiteral("application/octet-stream")};
    return types;
}

// A plain file name: 1–255 characters, no folders, no control characters.
bool plainFilename(const QString &name)
{
    if (name.isEmpty() || name.size() > 255 || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return false;
    }
    return true;
}

HttpResponse check(RequestContext &ctx)
{
    const HttpRequest &request = ctx.request();
    const auto name = hl7InputName(request);
    if (const auto *refusal = std::get_if<HttpResponse>(&name))
        return *refusal;
    const auto batch = runHl7Check(ctx, request.body);
    if (!batch)
        return Problem::internal();
    // Sizes and the verdict only: the content and its file name may name a patient.
    if (!ctx.audit(QStringLiteral("hl7.check"), QStringLiteral("hl7_check"), QString(),
                   QJsonObject{
                       {QStringLiteral("bytes"), qint64(request.body.size())},
                       {QStringLiteral("messages"), int(batch->messages().size())},
                       {QStringLiteral("verdict"), batch->passed() ? QStringLiteral("pass") : QStringLiteral("fail")}}))
        return Problem::internal();
    return HttpResponse::json(200, batch->answerJson(std::get<QString>(name)));
}

} // namespace

std::variant<QString, HttpResponse> hl7InputName(const HttpRequest &request)
{
    const QString contentType
        = QString::fromLatin1(request.header("content-type")).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (!acceptedTypes().contains(contentType))
        return Problem::unsupportedMediaType(
            QStringLiteral("send the HL7 file as one of: %1").arg(acceptedTypes().join(QStringLiteral(", "))));
    if (request.body.isEmpty())
        return Problem::badRequest(QStringLiteral("the body is empty: send the HL7 file's bytes"));
    const QByteArray header = request.header("iz-filename");
    if (header.isEmpty())
        return QStringLiteral("body");
    const QString filename = QString::fromUtf8(QByteArray::fromPercentEncoding(header)).trimmed();
    if (!plainFilename(filename))
        return Problem::validation({{QStringLiteral("IZ-Filename"),
                                     QStringLiteral("must be a file name of 1 to 255 characters without folders")}});
    return filename;
}

std::unique_ptr<hl7::SubmissionCheck> runHl7Check(RequestContext &ctx, const QByteArray &body)
{
    const ServerConfig &config = ctx.config();
    auto tables = config.hl7Tables ? config.hl7Tables->current() : nullptr;
    if (!tables || !config.hl7Policy)
        return nullptr;
    auto batch = std::make_unique<hl7::SubmissionCheck>(std::move(tables), config.hl7Policy, ctx.now(), true);
    batch->add(body);
    return batch;
}

void registerHl7Routes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/hl7/check"), &check, kHl7MaxBodyBytes);
}

} // namespace izdesk::server
