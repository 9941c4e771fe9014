#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::matching {

// Matching step 1 (docs/architecture/domain.md): turns what a caller or a feed says into comparable values —
// upper-case A–Z, no diacritics or punctuation, placeholder and junk values dropped,
// suffixes parsed, hyphenated surnames split, phones to 10 digits, dates in common formats.
// Pure functions; any thread.
class NameStandardizer
{
public:
    struct PersonName
    {
        QString first;      // "" when it was a placeholder (BABY BOY …) or junk
        QString middle;
        QString last;       // whole surname, hyphen/space joined by one space: "GARCIA LOPEZ"
        QString suffix;     // JR, SR, II, III, IV, V or ""
        QStringList lastParts; // parts of a compound surname ("GARCIA", "LOPEZ"); empty if single
        bool placeholderFirst = false;
    };

    // Upper-case, diacritics stripped, anything but A–Z, space and hyphen removed, spaces
    // collapsed. "José  O'Neil" → "JOSE ONEIL".
    static QString clean(const QString &text);
    // Like clean() but also drops spaces and hyphens: a single comparable token.
    static QString token(const QString &text);
    static PersonName name(const QString &first, const QString &middle, const QString &last,
                           const QString &suffix = {});
    static bool isPlaceholderFirstName(const QString &cleaned);
    static bool isJunk(const QString &cleaned);
    static QString parseSuffix(const QString &cleaned); // "" when not a suffix
    // 10 digits, "" for junk (999-999-9999, 000…, 123-456-7890, bad area code) or wrong length.
    static QString phone(const QString &text);
    static QString zip(const QString &text); // first 5 digits or ""
    // "123 N Main Street Apt 4" → "123 MAIN": house number + first significant street word.
    static QString addressToken(const QString &street);
    // Dates: YYYY-MM-DD, MM/DD/YYYY, M/D/YY, MM-DD-YYYY, MMDDYYYY. Two-digit years pivot
    // on referenceYear (not after it). nullopt when not a valid date.
    static std::optional<QDate> date(const QString &text, int referenceYear);
    // Day and month exchanged (2019-04-03 → 2019-03-04); invalid when that is no date or
    // the same date.
    static QDate swapDayMonth(const QDate &date);
};

} // namespace izdesk::matching
