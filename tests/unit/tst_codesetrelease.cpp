// Code set releases as the client reads them: a release JSON in the contract's shape (CVX, MVX
// and two NDC files) parses into its counts and keys, grouped per code system; a changed code
// shows its published value before and the release's value after; the change table filters by
// code system, kind and text; the list shows new / changed / retired per code system; and a
// release missing a field, with an unknown status or a negative count is refused naming the
// field and where it is.
#include <codesetrelease.h>
#include <codesetreleasemodels.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace izdesk;

namespace {

QJsonObject releaseJson()
{
    const QByteArray text = R"json({
      "id": 7, "status": "pending", "label": "CDC 2026-12",
      "files": ["cvx.xml", "mvx.xml", "NDC_Unit_sale.txt", "NDC_Unit_use.txt"], "missing_files": ["cpt.xml"],
      "staged_by": "admin", "staged_at": "2026-12-08T03:50:00Z",
      "approved_by": null, "approved_at": null, "published_by": null, "published_at": null,
      "discarded_by": null, "discarded_at": null,
      "changes": [
        {"label": "CVX", "added": 2, "changed": 1, "retired": 1, "unchanged": 250,
         "added_keys": ["143", "318"], "changed_keys": ["03"], "retired_keys": ["54"],
         "changed_values": [{"key": "03", "before": {"short_description": "MMR"},
                             "after": {"short_description": "MMR (measles, mumps, rubella)"}}]},
        {"label": "MVX", "added": 0, "changed": 1, "retired": 0, "unchanged": 90,
         "added_keys": [], "changed_keys": ["PMC"], "retired_keys": []},
        {"label": "NDC unit of sale", "added": 3, "changed": 0, "retired": 0, "unchanged": 10,
         "added_keys": ["49281-0400-10", "49281-0400-15"], "changed_keys": [], "retired_keys": []},
        {"label": "NDC unit of use", "added": 1, "changed": 0, "retired": 2, "unchanged": 10,
         "added_keys": ["49281-0400-88"], "changed_keys": [], "retired_keys": ["00006-4047-41", "00006-4047-20"]}
      ]})json";
    return QJsonDocument::fromJson(text).object();
}

CodesetRelease parsed(const QJsonObject &json)
{
    QString error;
    const auto r = CodesetRelease::fromJson(json, &error);
    if (!r)
        qWarning("%s", qPrintable(error));
    return r.value_or(CodesetRelease{});
}

QString refusal(QJsonObject json)
{
    QString error;
    return CodesetRelease::fromJson(json, &error) ? QString() : error;
}

} // namespace

class TestCodesetRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCountsPerCodeSystem()
    {
        const CodesetRelease r = parsed(releaseJson());
        QCOMPARE(r.id, 7);
        QCOMPARE(r.status, CodesetRelease::Status::Pending);
        QVERIFY(r.canApprove());
        QVERIFY(!r.canPublish());
        QVERIFY(r.canDiscard());
        QCOMPARE(r.missingFiles, QStringList{QStringLiteral("cpt.xml")});
        QCOMPARE(r.stagedAt, QDateTime(QDate(2026, 12, 8), QTime(3, 50), Qt::UTC));
        QVERIFY(!r.approvedAt.isValid());
        QCOMPARE(r.systems(), (QStringList{QStringLiteral("CVX"), QStringLiteral("MVX"), QStringLiteral("NDC")}));
        // The two NDC files add up under NDC.
        const CodesetChangeCount ndc = r.totalsFor(QStringLiteral("NDC"));
        QCOMPARE(ndc.added, 4);
        QCOMPARE(ndc.retired, 2);
        QCOMPARE(r.totalsFor(QStringLiteral("CPT")).added, 0);
        // The server kept two of the three keys it counted for the unit of sale.
        QVERIFY(r.changes.at(2).keysTruncated());
        QVERIFY(!r.changes.at(0).keysTruncated());
    }

    void listShowsCountsPerSystem()
    {
        QJsonObject approved = releaseJson();
        approved[QStringLiteral("id")] = 6;
        approved[QStringLiteral("status")] = QStringLiteral("approved");
        approved[QStringLiteral("approved_by")] = QStringLiteral("supervisor");
        approved[QStringLiteral("approved_at")] = QStringLiteral("2026-12-08T04:00:00Z");
        QString error;
        const auto list = CodesetRelease::listFromJson(
            QJsonObject{{QStringLiteral("items"), QJsonArray{releaseJson(), approved}}}, &error);
        QVERIFY2(list, qPrintable(error));
        CodesetReleaseListModel model;
        model.setReleases(*list);
        QCOMPARE(model.rowCount(), 2);
        const int cvx = CodesetReleaseListModel::FirstSystemColumn;
        QCOMPARE(model.headerData(cvx, Qt::Horizontal).toString(), QStringLiteral("CVX"));
        QCOMPARE(model.index(0, cvx).data().toString(), QStringLiteral("2 / 1 / 1"));
        QCOMPARE(model.index(0, cvx + 3).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("4 new, 0 changed, 2 retired"));
        QCOMPARE(model.index(0, cvx + 2).data().toString(), QStringLiteral("0 / 0 / 0")); // CPT: none
        QCOMPARE(model.index(1, CodesetReleaseListModel::StatusColumn).data().toString(), QStringLiteral("Approved"));
        QVERIFY(model.index(1, CodesetReleaseListModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Approved by supervisor")));
        // An action's answer replaces its row.
        CodesetRelease published = *model.releaseAt(1);
        published.status = CodesetRelease::Status::Published;
        model.updateRelease(published);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, CodesetReleaseListModel::StatusColumn).data().toString(), QStringLiteral("Published"));
    }

    void changesFilterBySystemKindAndText()
    {
        CodesetChangeModel changes;
        changes.setRelease(parsed(releaseJson()));
        QCOMPARE(changes.rowCount(), 10);
        CodesetChangeFilter filter;
        filter.setSourceModel(&changes);
        const auto keys = [&filter] {
            QStringList out;
            for (int i = 0; i < filter.rowCount(); ++i)
                out << filter.index(i, CodesetChangeModel::KeyColumn).data().toString();
            return out;
        };
        // Before -> after of a changed code.
        filter.setText(QStringLiteral("03"));
        QCOMPARE(keys(), QStringList{QStringLiteral("03")});
        QCOMPARE(filter.index(0, CodesetChangeModel::BeforeColumn).data().toString(),
                 QStringLiteral("short_description: MMR"));
        QCOMPARE(filter.index(0, CodesetChangeModel::AfterColumn).data().toString(),
                 QStringLiteral("short_description: MMR (measles, mumps, rubella)"));
        // The new CVX codes only.
        filter.setText({});
        filter.setSystem(QStringLiteral("CVX"));
        filter.setKindShown(CodesetChangeModel::Kind::Changed, false);
        filter.setKindShown(CodesetChangeModel::Kind::Retired, false);
        QCOMPARE(keys(), (QStringList{QStringLiteral("143"), QStringLiteral("318")}));
        QCOMPARE(filter.index(0, CodesetChangeModel::KindColumn).data().toString(), QStringLiteral("New"));
        // Retired NDC codes, both files.
        filter.setSystem(QStringLiteral("NDC"));
        filter.setKindShown(CodesetChangeModel::Kind::Added, false);
        filter.setKindShown(CodesetChangeModel::Kind::Retired, true);
        QCOMPARE(keys(), (QStringList{QStringLiteral("00006-4047-41"), QStringLiteral("00006-4047-20")}));
        // Text matches the code set's name too, whatever the case.
        filter.setSystem({});
        filter.setKindShown(CodesetChangeModel::Kind::Added, true);
        filter.setText(QStringLiteral("unit of USE"));
        QCOMPARE(filter.rowCount(), 3);
    }

    void refusesBadReleases_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("id") << "id" << QJsonValue(QStringLiteral("7")) << "id: expected a positive whole number";
        QTest::newRow("status") << "status" << QJsonValue(QStringLiteral("live"))
                                << "release 7: status: expected pending, approved, published or discarded";
        QTest::newRow("changes") << "changes" << QJsonValue(QStringLiteral("none"))
                                 << "release 7: changes: expected an array";
        QTest::newRow("staged_at") << "staged_at" << QJsonValue()
                                   << "release 7: staged_at: expected a UTC date and time";
    }

    void refusesBadReleases()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject json = releaseJson();
        json[field] = value;
        QCOMPARE(refusal(json), error);
    }

    void refusesBadCounts()
    {
        QJsonObject json = releaseJson();
        QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
        QJsonObject mvx = changes.at(1).toObject();
        mvx[QStringLiteral("changed")] = -1;
        changes[1] = mvx;
        json[QStringLiteral("changes")] = changes;
        QCOMPARE(refusal(json), QStringLiteral("release 7: changes[1].changed: expected a whole number of at least 0"));
        mvx.remove(QStringLiteral("label"));
        changes[1] = mvx;
        json[QStringLiteral("changes")] = changes;
        QCOMPARE(refusal(json), QStringLiteral("release 7: changes[1].label: missing"));
        QString why;
        QVERIFY(!CodesetRelease::listFromJson(QJsonObject{{QStringLiteral("items"), QJsonArray{json}}}, &why));
        QCOMPARE(why, QStringLiteral("items[0]: release 7: changes[1].label: missing"));
    }
};

QTEST_GUILESS_MAIN(TestCodesetRelease)
#include "tst_codesetrelease.moc"
