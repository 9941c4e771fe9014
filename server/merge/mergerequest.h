#pragma once

#include "ticket.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// The body of POST /api/v1/patients/{target}/merge, validated
// (docs/architecture/contracts-merge.md). Every merge field has a choice: the target's value
// (the default), the source's, or an explicit value. Value type; any thread.
struct MergeRequest
{
    enum class Choice { Target, Source, Value };
    struct FieldChoice
    {
        Choice choice = Choice::Target;
        QJsonValue value; // for Choice::Value, already validated for the column
    };

    qint64 targetId = 0;
    qint64 sourceId = 0;
    QMap<QString, FieldChoice> fields; // every name of fieldNames()
    QString reason;
    bool preview = false;

    // The patients columns a merge chooses between.
    static const QStringList &fieldNames();
    // nullopt with per-field errors (422) when the body is not a valid request.
    static std::optional<MergeRequest> parse(const QJsonObject &body, qint64 targetId, QList<FieldError> *errors);
    // The choices in request form ("target", "source" or {"value": …}).
    QJsonObject fieldsJson() const;
    static std::optional<FieldChoice> choiceFromJson(const QString &field, const QJsonValue &json, QString *error);
};

} // namespace izdesk::server
