#pragma once

#include "ticket.h"
#include "widgettypes.h"

#include <QAbstractButton>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

// Small helpers shared by the widget tests (header-only, test code only).
namespace izdesk::testing {

template<typename T>
T *child(QObject *root, const char *objectName)
{
    T *found = root->findChild<T *>(QLatin1String(objectName));
    if (!found)
        qWarning("no child %s", objectName);
    return found;
}

inline Ticket makeTicket(qint64 id, const QString &subject, const QString &status = QStringLiteral("new"),
                         const QString &assignee = QString(), const QString &category = QStringLiteral("account_access"))
{
    Ticket t;
    t.id = id;
    t.subject = subject;
    t.description = QStringLiteral("Details for %1").arg(subject);
    t.status = status;
    t.priority = QStringLiteral("normal");
    t.category = category;
    t.channel = QStringLiteral("phone");
    t.requesterName = QStringLiteral("Caller %1").arg(id);
    t.requesterContact = QStringLiteral("555-01%1").arg(id, 2, 10, QLatin1Char('0'));
    t.assignee = assignee;
    t.createdBy = QStringLiteral("specialist");
    t.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    t.updatedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC).addSecs(60 * id);
    t.version = 1;
    return t;
}

inline TimelineRow makeRow(qint64 id, const QString &kind, const QString &body, const QString &author,
                           const QDateTime &at, qint64 callSeconds = 0, const QString &phone = {})
{
    TimelineRow row;
    row.id = id;
    row.kind = kind;
    row.body = body;
    row.author = author;
    row.createdAt = at;
    if (kind == QLatin1String("call")) {
        row.direction = QStringLiteral("inbound");
        row.phone = phone;
        row.startedAt = at;
        row.endedAt = at.addSecs(callSeconds);
        row.durationSeconds = callSeconds;
    }
    return row;
}

// Saves a rendering of the widget when IZDESK_GRAB_DIR is set, so a developer can look at
// the view (never compared: no pixel tests).
inline void saveGrab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IZDESK_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Every underlined letter (Alt+letter) in a window does one thing. Dialogs owned by the
// window are windows of their own, with their own letters.
inline void verifyMnemonicsUnique(QWidget *root)
{
    QStringList texts;
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (b->window() == root->window())
            texts << b->text();
    }
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (l->buddy() && l->window() == root->window())
            texts << l->text();
    }
    for (const QTabWidget *t : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i);
    }
    QHash<QChar, QString> seen;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!seen.contains(key),
                 qPrintable(QStringLiteral("%1 and %2 share Alt+%3").arg(seen.value(key), text, key)));
        seen.insert(key, text);
    }
    QVERIFY(!seen.isEmpty());
}

} // namespace izdesk::testing
