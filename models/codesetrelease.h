#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk {

// A code set release as the client reads it (GET /api/v1/codeset-releases/{id},
// contracts.md "Code set releases"): the CDC files staged on the server with what they add,
// change and retire per code set, and who moved the release through pending → approved →
// published (or discarded). Plain values, safe on any thread.

// Columns of one changed row: the published value and the value in the release.
struct CodesetValueChange
{
    QString key;
    QMap<QString, QString> before, after; // column → value, only the columns that differ
};

struct CodesetChangeCount
{
    QString label; // the server's code set label: CVX, MVX, CPT, vaccine groups, NDC unit of sale, …
    int added = 0, changed = 0, retired = 0, unchanged = 0;
    QStringList addedKeys, changedKeys, retiredKeys; // at most 500 of each; the counts are complete
    QList<CodesetValueChange> changedValues;         // when the server sends them

    // The code system the label belongs to: CVX, MVX, CPT, NDC (its three files), or the label.
    QString system() const;
    // True when the server kept fewer keys than it counted.
    bool keysTruncated() const;
};

struct CodesetRelease
{
    Q_DECLARE_TR_FUNCTIONS(CodesetRelease)

public:
    enum class Status { Pending, Approved, Published, Discarded };

    qint64 id = 0;
    Status status = Status::Pending;
    QString label;
    QList<CodesetChangeCount> changes;
    QStringList files, missingFiles;
    QString stagedBy, approvedBy, publishedBy, discardedBy;
    QDateTime stagedAt, approvedAt, publishedAt, discardedAt;

    bool canApprove() const { return status == Status::Pending; }
    bool canPublish() const { return status == Status::Approved; }
    bool canDiscard() const { return status == Status::Pending || status == Status::Approved; }

    // The counts of one code system (all its labels added up); zero when the release has none.
    CodesetChangeCount totalsFor(const QString &system) const;
    // The code systems of the release in the desk's order (CVX, MVX, CPT, NDC, then others).
    QStringList systems() const;

    static QString statusText(Status status);
    // "Approved by supervisor on 8 Dec 2026 04:10" for the step the release is at.
    QString lastStepText() const;

    // nullopt with *error naming the field (and the index in `changes`) that is missing or wrong.
    static std::optional<CodesetRelease> fromJson(const QJsonObject &json, QString *error);
    // {"items":[…]} of GET /api/v1/codeset-releases.
    static std::optional<QList<CodesetRelease>> listFromJson(const QJsonObject &json, QString *error);
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::CodesetRelease)
