#pragma once

#include "document/document.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <random>

namespace parallax::test {

/// \brief Uniform integer in [0, bound) from a Mersenne twister. Our own, because
/// std::uniform_int_distribution differs between standard libraries and we want the same
/// corpus everywhere.
std::uint32_t uniformInt(std::mt19937 &rng, std::uint32_t bound);
/// \brief Uniform double in [0, 1), portable for the same reason.
double uniformReal(std::mt19937 &rng);

/// \brief How to derive documents from one synthetic base story.
struct GeneratorOptions
{
    std::uint32_t seed = 1;
    int documents = 2; ///< documents d1..dN
    int words = 800; ///< words of the base story (approximately: whole sentences)
    int wordsPerParagraph = 60; ///< mean paragraph length of the base story
    double wordEditRate = 0.05; ///< chance per base word of a substitution, insertion or deletion
    double movedParagraphRate = 0; ///< chance per paragraph of being moved elsewhere
    double splitRate = 0; ///< chance per paragraph of being split in two at a sentence end
    double mergedRate = 0; ///< chance per paragraph of being merged with the next one
    bool firstIsBase = true; ///< d1 is the base story itself, unedited
};

/// \brief Where one derived paragraph came from and which of its tokens were edited.
struct TruthParagraph
{
    QList<int> baseParagraphs; ///< ascending base paragraph indices (two when merged)
    QList<bool> editedTokens; ///< per token as parallax::Tokenizer splits the paragraph
};

/// \brief The truth of one derived document.
struct TruthDocument
{
    QList<TruthParagraph> paragraphs; ///< index-aligned with Document::paragraphs
    int tokens = 0;
    int editedTokens = 0; ///< substituted or inserted tokens present in this document
    int deletedBaseTokens = 0; ///< base tokens this document dropped
};

/// \brief Documents derived from one base story, with what was done to each.
struct GeneratedCorpus
{
    QList<QString> baseParagraphs;
    QList<Document> documents; ///< ids d1..dN, body paragraphs only
    QList<TruthDocument> truth; ///< index-aligned with documents
};

/// \brief Generates a corpus; the same options give the same corpus, byte for byte.
GeneratedCorpus generateCorpus(const GeneratorOptions &options);

/// \brief A document as plain text: paragraphs separated by blank lines.
QString toPlainText(const Document &document);

} // namespace parallax::test
