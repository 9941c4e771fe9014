#include "accounts/accountsdemoseed.h"

#include "accounts/agreementstore.h"
#include "accounts/iisuserstore.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace izdesk::server {

namespace {

const char *const kGiven[] = {"Avery", "Jordan", "Priya", "Marcus", "Elena", "Tomas", "Grace", "Hiroshi", "Nadia", "Samuel",
                              "Leah", "Omar", "Rosa", "Wei", "Fatima", "Declan"};
const char *const kFamily[] = {"Bennett", "Okafor", "Castillo", "Nguyen", "Patel", "Kowalski", "Haddad", "Reyes", "Lindqvist",
                               "Mensah", "Foster", "Tanaka", "Moreau", "Abara", "Quinn", "Delgado"};

// What each seeded account looks like; cycled over the facilities so every state and every
// agreement status appears many times.
struct Scenario
{
    const char *status;
    const char *reason;
    int signedDaysAgo;    // < 0: no agreement
    int inactivatedDaysAgo;
    int lastLoginDaysAgo; // < 0: never
};

const Scenario kScenarios[] = {
    {"active", "", 100, 0, 2},                       // current
    {"active", "", 350, 0, 5},                       // expiring in about two weeks
    {"requested", "", -1, 0, -1},                    // waiting for the desk
    {"pending_agreement", "", -1, 0, -1},            // agreement not on file yet
    {"inactive", "agreement expired", 400, 20, 60},  // swept: expired agreement
    {"active", "", 340, 0, 1},                       // expiring in under a month
    {"inactive", "no login for 180 days", 200, 6, 186},
    {"active", "", 10, 0, 0},                        // just renewed
};

} // namespace

namespace {

// Organization data use agreements: most current, some expiring, some expired.
bool seedOrganizationAgreements(QSqlDatabase db, AgreementStore &agreements, const AccountsPolicy &policy,
                                const QDateTime &now)
{
    QSqlQuery o(db);
    if (!prepareAndExec(o, QStringLiteral("SELECT id, name FROM organizations ORDER BY id")))
        return false;
    QList<QPair<qint64, QString>> organizations;
    while (o.next())
        organizations.append({o.value(0).toLongLong(), o.value(1).toString()});
    for (qsizetype i = 0; i < organizations.size(); ++i) {
        static const int kSignedDaysAgo[] = {200, 1080, 700, 1110, 30, 1200};
        AgreementStore::Agreement a;
        a.kind = QStringLiteral("organization_data_use");
        a.organizationId = organizations.at(i).first;
        a.version = QStringLiteral("DUA-2023");
        a.signerName = QStringLiteral("Privacy officer, ") + organizations.at(i).second;
        a.signedOn = now.date().addDays(-kSignedDaysAgo[i % std::size(kSignedDaysAgo)]);
        a.expiresOn = a.signedOn.addMonths(policy.organizationAgreementMonths);
        if (!agreements.insert(&a, std::nullopt, now.addDays(-kSignedDaysAgo[i % std::size(kSignedDaysAgo)])))
            return false;
    }
    return true;
}

} // namespace

bool seedDemoAccounts(QSqlDatabase db, Dialect dialect, const QDateTime &now)
{
    const AccountsPolicy &policy = AccountsPolicy::defaults();
    QSqlQuery f(db);
    if (!prepareAndExec(f, QStringLiteral("SELECT f.id, f.organization_id, f.facility_code, o.type FROM facilities f "
                                         "JOIN organizations o ON o.id = f.organization_id ORDER BY f.id")))
        return false;
    struct Site
    {
        qint64 id, organizationId;
        QString code;
        bool school;
    };
    QList<Site> sites;
    while (f.next())
        sites.append({f.value(0).toLongLong(), f.value(1).toLongLong(), f.value(2).toString(),
                      f.value(3).toString() == QLatin1String("school") || f.value(3).toString() == QLatin1String("childcare")});
    IisUserStore users(db, dialect, policy, now.date());
    AgreementStore agreements(db, dialect, policy);
    const QStringList roles = IisUserStore::roles();
    int n = 0;
    for (qsizetype s = 0; s < sites.size(); ++s) {
        const Site &site = sites.at(s);
        // Each site: its access administrator plus one to three more accounts.
        const int count = 2 + int(s % 3);
        for (int k = 0; k < count; ++k, ++n) {
            const Scenario &sc = k == 0 ? kScenarios[0] : kScenarios[n % std::size(kScenarios)];
            IisUserStore::User u;
            u.givenName = QString::fromLatin1(kGiven[n % std::size(kGiven)]);
            u.familyName = QString::fromLatin1(kFamily[(n * 7 + 3) % std::size(kFamily)]);
            u.username = (u.givenName.left(1) + u.familyName).toLower() + QLatin1Char('.') + site.code.toLower();
            u.email = u.username + QStringLiteral("@example.org");
            u.phone = QStringLiteral("(555) 010-%1").arg(1000 + n % 9000);
            // School and childcare staff get the school role; provider sites the clinical ones.
            u.role = k == 0 ? QStringLiteral("access_administrator") : site.school ? QStringLiteral("school_user") : roles.at(n % 3);
            u.status = QString::fromLatin1(sc.status);
            u.inactiveReason = QString::fromLatin1(sc.reason);
            if (sc.inactivatedDaysAgo > 0)
                u.inactivatedAt = now.addDays(-sc.inactivatedDaysAgo);
            if (u.status == QLatin1String("active") || u.status == QLatin1String("inactive"))
                u.activatedAt = now.addDays(-std::max(sc.signedDaysAgo, 1));
            u.sites.append({site.id, {}, {}});
            const QDateTime created = now.addDays(-std::max(sc.signedDaysAgo, 3) - 2);
            const auto id = users.insert(u, created);
            if (!id)
                return false;
            if (sc.lastLoginDaysAgo >= 0) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE iis_users SET last_login_at = ? WHERE id = ?"));
                q.addBindValue(toDbTimestamp(now.addDays(-sc.lastLoginDaysAgo), dialect));
                q.addBindValue(*id);
                if (!execQuery(q))
                    return false;
            }
            if (sc.signedDaysAgo < 0)
                continue;
            AgreementStore::Agreement a;
            a.kind = QStringLiteral("confidentiality");
            a.iisUserId = *id;
            a.version = QStringLiteral("2025-1");
            a.signerName = u.givenName + QLatin1Char(' ') + u.familyName;
            a.signedOn = now.date().addDays(-sc.signedDaysAgo);
            a.expiresOn = a.signedOn.addMonths(policy.userAgreementMonths);
            if (!agreements.insert(&a, std::nullopt, now.addDays(-sc.signedDaysAgo)))
                return false;
        }
    }
    return seedOrganizationAgreements(db, agreements, policy, now);
}

} // namespace izdesk::server
