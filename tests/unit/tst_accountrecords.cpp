// The client's account values read exactly what the server writes: an IIS user, an agreement
// and an organization encoded by the server's own stores decode field for field (the ETag the
// client sends back as If-Match is the server's), and the client catalog names every role,
// status, organization type and agreement kind the server accepts.
#include "accountrecords.h"
#include "catalog.h"

#include "accounts/agreementstore.h"
#include "accounts/facilitystore.h"
#include "accounts/iisuserstore.h"
#include "tickets/organizationstore.h"

#include <QJsonArray>
#include <QTest>

using namespace izdesk;
using namespace izdesk::server;

class TestAccountRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iisUserDecodesTheServersJson()
    {
        IisUserStore::User u;
        u.id = 12;
        u.username = QStringLiteral("dortiz");
        u.givenName = QStringLiteral("Dana");
        u.familyName = QStringLiteral("Ortiz");
        u.email = QStringLiteral("dortiz@clinic.example");
        u.phone = QStringLiteral("(410) 555-0142");
        u.role = QStringLiteral("access_administrator");
        u.status = QStringLiteral("inactive");
        u.inactiveReason = QStringLiteral("left the clinic");
        u.inactivatedAt = QDateTime(QDate(2026, 11, 2), QTime(14, 5), Qt::UTC);
        u.lastLoginAt = QDateTime(QDate(2026, 10, 30), QTime(8, 0), Qt::UTC);
        u.createdAt = QDateTime(QDate(2025, 1, 5), QTime(9, 0), Qt::UTC);
        u.updatedAt = u.inactivatedAt;
        u.version = 7;
        u.sites = {{3, QStringLiteral("Lakeside Clinic"), QStringLiteral("CHC001")},
                   {4, QStringLiteral("Annex"), QStringLiteral("CHC002")}};
        u.agreementStatus = QStringLiteral("expiring");
        u.agreementExpiresOn = QDate(2026, 12, 20);

        const IisAccount a = IisAccount::fromJson(u.toJson());
        QCOMPARE(a.id, 12);
        QCOMPARE(a.fullName(), QStringLiteral("Dana Ortiz"));
        QCOMPARE(a.email, u.email);
        QCOMPARE(a.role, u.role);
        QCOMPARE(a.status, u.status);
        QCOMPARE(a.inactiveReason, u.inactiveReason);
        QCOMPARE(a.inactivatedAt, u.inactivatedAt);
        QCOMPARE(a.lastLoginAt, u.lastLoginAt);
        QVERIFY(!a.activatedAt.isValid());
        QCOMPARE(a.agreementStatus, u.agreementStatus);
        QCOMPARE(a.agreementExpiresOn, u.agreementExpiresOn);
        QCOMPARE(a.sitesText(), QStringLiteral("Lakeside Clinic (CHC001); Annex (CHC002)"));
        QCOMPARE(a.etag(), u.etag());
    }

    void agreementDecodesTheServersJson()
    {
        AgreementStore::Agreement g;
        g.id = 7;
        g.kind = QStringLiteral("confidentiality");
        g.iisUserId = 12;
        g.version = QStringLiteral("2025-1");
        g.signerName = QStringLiteral("Dana Ortiz");
        g.signedOn = QDate(2026, 1, 15);
        g.expiresOn = QDate(2027, 1, 15);
        g.retentionUntil = QDate(2033, 1, 15);
        g.documentType = QStringLiteral("application/pdf");
        g.documentSize = 48211;
        g.documentSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        g.recordedBy = QStringLiteral("specialist");
        const AccountAgreement a = AccountAgreement::fromJson(g.toJson(QDate(2027, 1, 3), 30));
        QCOMPARE(a.kind, g.kind);
        QCOMPARE(a.version, g.version);
        QCOMPARE(a.signerName, g.signerName);
        QCOMPARE(a.signedOn, g.signedOn);
        QCOMPARE(a.expiresOn, g.expiresOn);
        QCOMPARE(a.retentionUntil, g.retentionUntil);
        QCOMPARE(a.status, QStringLiteral("expiring"));
        QCOMPARE(a.daysLeft, 12);
        QVERIFY(a.hasDocument());
        QCOMPARE(a.documentType, QStringLiteral("application/pdf"));
        QCOMPARE(a.documentSize, qint64(48211));
        QCOMPARE(a.documentSha256, g.documentSha256);
        QCOMPARE(a.iisUserId, qint64(12));
        QCOMPARE(a.organizationId, qint64(0));
        QVERIFY(!a.endedOn.isValid());

        // No document on file: "none", not an empty PDF.
        g.documentType.clear();
        g.documentSize = 0;
        const AccountAgreement none = AccountAgreement::fromJson(g.toJson(QDate(2027, 1, 3), 30));
        QVERIFY(!none.hasDocument());
        QCOMPARE(none.documentSize, qint64(0));
        QVERIFY(none.documentSha256.isEmpty());
    }

    void organizationDecodesTheServersJson()
    {
        FacilityStore::Facility f;
        f.id = 3;
        f.organizationId = 2;
        f.name = QStringLiteral("Lakeside Clinic");
        f.facilityCode = QStringLiteral("CHC001");
        f.vfcPin = QStringLiteral("123456");
        f.phone = QStringLiteral("(410) 555-0100");
        f.address = QStringLiteral("1 Lake Rd");
        f.accessAdministrators = QJsonArray{QJsonObject{{QStringLiteral("id"), 12},
                                                        {QStringLiteral("username"), QStringLiteral("dortiz")},
                                                        {QStringLiteral("name"), QStringLiteral("Dana Ortiz")}}};
        FacilityStore::Organization o;
        o.id = 2;
        o.name = QStringLiteral("Lakeside Pediatrics");
        o.type = QStringLiteral("provider");
        o.facilities = {f};
        const AccountOrganization a = AccountOrganization::fromJson(o.toJson());
        QCOMPARE(a.name, o.name);
        QCOMPARE(a.type, o.type);
        QCOMPARE(a.facilities.size(), 1);
        QCOMPARE(a.facilities.constFirst().facilityCode, f.facilityCode);
        QCOMPARE(a.facilities.constFirst().vfcPin, f.vfcPin);
        QCOMPARE(a.facilities.constFirst().phone, f.phone);
        QCOMPARE(a.facilities.constFirst().accessAdministrators.size(), 1);
        QCOMPARE(a.facilities.constFirst().accessAdministrators.constFirst().username, QStringLiteral("dortiz"));
        f.vfcPin.clear(); // null on the wire
        QVERIFY(AccountFacility::fromJson(f.toJson()).vfcPin.isEmpty());
    }

    void catalogNamesEveryServerValue()
    {
        QCOMPARE(Catalog::keys(Catalog::iisUserRoles()), IisUserStore::roles());
        QCOMPARE(Catalog::keys(Catalog::iisUserStatuses()), IisUserStore::statuses());
        QCOMPARE(Catalog::keys(Catalog::organizationTypes()), OrganizationStore::types());
        for (const QString &kind : AgreementStore::userKinds() + QStringList{QStringLiteral("organization_data_use")})
            QVERIFY2(Catalog::contains(Catalog::agreementKinds(), kind), qPrintable(kind));
    }

    void agreementDraftLeavesTheDefaultTermToTheServer()
    {
        AgreementDraft d{QStringLiteral("confidentiality"),
                         QStringLiteral("2026-1"),
                         QStringLiteral("Dana Ortiz"),
                         QDate(2026, 3, 1),
                         {}};
        QCOMPARE(d.toJson().value(QStringLiteral("signed_on")).toString(), QStringLiteral("2026-03-01"));
        QVERIFY(!d.toJson().contains(QStringLiteral("expires_on")));
        d.expiresOn = QDate(2026, 9, 1);
        QCOMPARE(d.toJson().value(QStringLiteral("expires_on")).toString(), QStringLiteral("2026-09-01"));
    }
};

QTEST_GUILESS_MAIN(TestAccountRecords)
#include "tst_accountrecords.moc"
