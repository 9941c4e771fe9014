#pragma once
// Helpers of the HL7 check and submission route tests: sample files, the PHI values a sample
// holds, and answers compared without what differs from one request to the next.

#include "httptestclient.h"
#include "serverapp.h"
#include "storage/database.h"
#include "testdata.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace hl7routestest {

using izdesk::test::HttpTestClient;
using izdesk::test::TestServer;

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline qint64 count(TestServer &server, const QString &sql)
{
    QSqlQuery q(server.app()->database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The report without the "segment" members the route adds to findings.
inline QJsonObject withoutSegments(QJsonObject report)
{
    QJsonArray messages = report.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QJsonObject m = messages.at(i).toObject();
        QJsonArray findings = m.value(QStringLiteral("findings")).toArray();
        for (qsizetype f = 0; f < findings.size(); ++f) {
            QJsonObject finding = findings.at(f).toObject();
            finding.remove(QStringLiteral("segment"));
            findings.replace(f, finding);
        }
        m.insert(QStringLiteral("findings"), findings);
        messages.replace(i, m);
    }
    report.insert(QStringLiteral("messages"), messages);
    return report;
}

// The answer with each ACK's MSH-7 (the time the request was received) blanked.
inline QJsonObject withoutAckTimes(QJsonObject answer)
{
    QJsonArray messages = answer.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QJsonObject m = messages.at(i).toObject();
        QStringList fields = m.value(QStringLiteral("ack")).toString().split(QLatin1Char('|'));
        if (fields.size() > 6)
            fields[6].clear();
        m.insert(QStringLiteral("ack"), fields.join(QLatin1Char('|')));
        messages.replace(i, m);
    }
    answer.insert(QStringLiteral("messages"), messages);
    return answer;
}

// The patient's names, date of birth, street and phone as the sample's PID holds them.
inline QList<QByteArray> phiOf(const QByteArray &file)
{
    QList<QByteArray> out;
    for (QByteArray line : file.split('\n')) {
        for (const QByteArray &segment : line.split('\r')) {
            if (!segment.startsWith("PID|"))
                continue;
            const QList<QByteArray> f = segment.split('|');
            auto component = [&f](int field, int c) {
                return field < f.size() ? f.at(field).split('~').value(0).split('^').value(c - 1) : QByteArray();
            };
            for (const QByteArray &v :
                 {component(5, 1), component(5, 2), component(7, 1), component(11, 1), component(13, 1)})
                if (v.size() >= 4)
                    out << v;
        }
    }
    return out;
}

} // namespace hl7routestest
