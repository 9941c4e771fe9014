#include "catalog.h"

#include <QCoreApplication>

namespace izdesk {

namespace {
constexpr const char *kContext = "izdesk::Catalog";
} // namespace

const QList<CodeEntry> &Catalog::ticketCategories()
{
    // The categories a state IIS desk uses (docs/architecture/domain.md, "Callers and tickets").
    static const QList<CodeEntry> codes{
        {QStringLiteral("account_access"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Account access / password reset")},
        {QStringLiteral("enrollment"), QT_TRANSLATE_NOOP("izdesk::Catalog", "New user / facility enrollment")},
        {QStringLiteral("records_request"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Records request")},
        {QStringLiteral("duplicate_record"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Duplicate or fragmented record")},
        {QStringLiteral("data_correction"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Data correction")},
        {QStringLiteral("data_exchange"), QT_TRANSLATE_NOOP("izdesk::Catalog", "HL7 / data exchange onboarding")},
        {QStringLiteral("vaccine_ordering"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Vaccine ordering and inventory")},
        {QStringLiteral("vaccine_codes"), QT_TRANSLATE_NOOP("izdesk::Catalog", "New or changed vaccine codes")},
        {QStringLiteral("forecaster"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Forecaster question")},
        {QStringLiteral("reminder_recall"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Reminder / recall")},
        {QStringLiteral("school_module"), QT_TRANSLATE_NOOP("izdesk::Catalog", "School module")},
        {QStringLiteral("consent"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Opt-out / consent")},
        {QStringLiteral("reports"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Reports")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Other")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::ticketChannels()
{
    static const QList<CodeEntry> codes{
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("izdesk::Catalog", "E-mail")},
        {QStringLiteral("fax"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Fax")},
        {QStringLiteral("web"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Web form")},
        {QStringLiteral("walk_in"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Walk-in")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::ticketStatuses()
{
    static const QList<CodeEntry> codes{
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("izdesk::Catalog", "New")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Open")},
        {QStringLiteral("pending_caller"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Pending caller")},
        {QStringLiteral("pending_internal"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Pending internal")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Resolved")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Closed")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::ticketPriorities()
{
    static const QList<CodeEntry> codes{
        {QStringLiteral("low"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Low")},
        {QStringLiteral("normal"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Normal")},
        {QStringLiteral("high"), QT_TRANSLATE_NOOP("izdesk::Catalog", "High")},
        {QStringLiteral("urgent"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Urgent")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::staffRoles()
{
    static const QList<CodeEntry> codes{
        {QStringLiteral("specialist"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Specialist")},
        {QStringLiteral("supervisor"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Supervisor")},
        {QStringLiteral("trainer"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Trainer")},
        {QStringLiteral("admin"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Administrator")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::organizationTypes()
{
    static const QList<CodeEntry> codes{
        {QStringLiteral("provider"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Provider")},
        {QStringLiteral("pharmacy"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Pharmacy")},
        {QStringLiteral("hospital"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Hospital")},
        {QStringLiteral("local_health_department"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Local health department")},
        {QStringLiteral("school"), QT_TRANSLATE_NOOP("izdesk::Catalog", "School")},
        {QStringLiteral("childcare"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Childcare")},
        {QStringLiteral("health_plan"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Health plan")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::iisUserRoles()
{
    static const QList<CodeEntry> codes{
        {QStringLiteral("view_only"), QT_TRANSLATE_NOOP("izdesk::Catalog", "View only")},
        {QStringLiteral("data_entry"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Data entry")},
        {QStringLiteral("inventory"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Inventory")},
        {QStringLiteral("access_administrator"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Access administrator")},
        {QStringLiteral("school_user"), QT_TRANSLATE_NOOP("izdesk::Catalog", "School user")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::iisUserStatuses()
{
    static const QList<CodeEntry> codes{
        {QStringLiteral("requested"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Requested")},
        {QStringLiteral("pending_agreement"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Pending agreement")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Active")},
        {QStringLiteral("inactive"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Inactive")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::agreementKinds()
{
    static const QList<CodeEntry> codes{
        {QStringLiteral("confidentiality"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Confidentiality statement")},
        {QStringLiteral("user_access"), QT_TRANSLATE_NOOP("izdesk::Catalog", "User access agreement")},
        {QStringLiteral("organization_data_use"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Organization data use agreement")},
    };
    return codes;
}

const QList<CodeEntry> &Catalog::agreementStatuses()
{
    // "none" is the account summary when no required agreement is on file.
    static const QList<CodeEntry> codes{
        {QStringLiteral("current"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Current")},
        {QStringLiteral("expiring"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Expiring")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Expired")},
        {QStringLiteral("ended"), QT_TRANSLATE_NOOP("izdesk::Catalog", "Ended")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("izdesk::Catalog", "None on file")},
    };
    return codes;
}

bool Catalog::contains(const QList<CodeEntry> &codes, const QString &key)
{
    return std::any_of(codes.cbegin(), codes.cend(), [&key](const CodeEntry &e) { return e.key == key; });
}

QString Catalog::label(const QList<CodeEntry> &codes, const QString &key)
{
    for (const CodeEntry &e : codes) {
        if (e.key == key)
            return QCoreApplication::translate(kContext, e.label);
    }
    return key;
}

QStringList Catalog::keys(const QList<CodeEntry> &codes)
{
    QStringList out;
    out.reserve(codes.size());
    for (const CodeEntry &e : codes)
        out << e.key;
    return out;
}

bool Catalog::isActiveStatus(const QString &status)
{
    return status != QLatin1String("resolved") && status != QLatin1String("closed");
}

} // namespace izdesk
