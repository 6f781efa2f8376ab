// gencorpus: writes a synthetic corpus (tests/support/corpusgenerator.h) as .txt files, for
// timing Parallax against other diff tools on the same input. Also writes truth.tsv.

#include "support/corpusgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace parallax;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes synthetic news-like documents derived from one base story "
                                                    "(d1.txt is the base unless --no-base) and truth.tsv."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output directory (created)."), QStringLiteral("DIR"));
    const QCommandLineOption documents(QStringLiteral("documents"), QStringLiteral("Number of documents (2)."),
                                       QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption words(QStringLiteral("words"), QStringLiteral("Words of the base story (800)."), QStringLiteral("N"),
                                   QStringLiteral("800"));
    const QCommandLineOption edit(QStringLiteral("edit-rate"), QStringLiteral("Word edit rate (0.05)."), QStringLiteral("R"),
                                  QStringLiteral("0.05"));
    const QCommandLineOption move(QStringLiteral("move-rate"), QStringLiteral("Moved paragraph rate (0)."), QStringLiteral("R"),
                                  QStringLiteral("0"));
    const QCommandLineOption split(QStringLiteral("split-rate"), QStringLiteral("Split paragraph rate (0)."), QStringLiteral("R"),
                                   QStringLiteral("0"));
    const QCommandLineOption merge(QStringLiteral("merge-rate"), QStringLiteral("Merged paragraph rate (0)."),
                                   QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption noBase(QStringLiteral("no-base"), QStringLiteral("Derive every document, d1 included."));
    parser.addOptions({out, documents, words, edit, move, split, merge, seed, noBase});
    parser.process(app);
    if (!parser.isSet(out)) {
        std::fputs("gencorpus: --out DIR is required\n", stderr);
        return 1;
    }

    test::GeneratorOptions options;
    options.documents = parser.value(documents).toInt();
    options.words = parser.value(words).toInt();
    options.wordEditRate = parser.value(edit).toDouble();
    options.movedParagraphRate = parser.value(move).toDouble();
    options.splitRate = parser.value(split).toDouble();
    options.mergedRate = parser.value(merge).toDouble();
    options.seed = parser.value(seed).toUInt();
    options.firstIsBase = !parser.isSet(noBase);
    const test::GeneratedCorpus corpus = test::generateCorpus(options);

    const QDir dir(parser.value(out));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fputs("gencorpus: cannot create the output directory\n", stderr);
        return 1;
    }
    QByteArray truth = "document\tparagraphs\ttokens\tedited_tokens\tdeleted_base_tokens\n";
    for (qsizetype k = 0; k < corpus.documents.size(); ++k) {
        const Document &doc = corpus.documents[k];
        const test::TruthDocument &t = corpus.truth[k];
        if (!writeFile(dir.filePath(doc.id + QStringLiteral(".txt")), test::toPlainText(doc).toUtf8())) {
            std::fputs("gencorpus: cannot write a document\n", stderr);
            return 1;
        }
        truth += doc.id.toUtf8() + '\t' + QByteArray::number(doc.paragraphs.size()) + '\t' + QByteArray::number(t.tokens) + '\t'
            + QByteArray::number(t.editedTokens) + '\t' + QByteArray::number(t.deletedBaseTokens) + '\n';
    }
    if (!writeFile(dir.filePath(QStringLiteral("truth.tsv")), truth)) {
        std::fputs("gencorpus: cannot write truth.tsv\n", stderr);
        return 1;
    }
    return 0;
}
