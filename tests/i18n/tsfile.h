#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reading and checking Qt Linguist .ts files, for the translation tests.

struct TsMessage
{
    QString context;
    QString source;
    QString comment; ///< disambiguation; part of the message's identity
    QString type; ///< "unfinished", "vanished", "obsolete" or "" (finished)
    bool numerus = false;
    QStringList translations; ///< one, or one per numerus form
    qint64 line = 0; ///< in the .ts file, for messages

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; ///< set when the XML could not be read
};

TsFile readTs(const QByteArray &xml);
TsFile readTsFile(const QString &path);

/// The placeholders of a text: %1..%99 and %n, each once, sorted.
QStringList placeholders(const QString &text);

/// Keyboard accelerators of a menu text: each "&x" with x not "&" or a space ("&&" is a literal &).
QList<QChar> accelerators(const QString &text);

/// Everything wrong with one message of a translation: unfinished, empty, vanished or obsolete,
/// placeholders dropped or changed, a different number of accelerators. Empty when it is fine.
QStringList problems(const TsMessage &message);
