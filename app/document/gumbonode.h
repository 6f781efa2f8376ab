#pragma once

// Small read-only helpers over gumbo's C tree, shared by the HTML content and metadata readers.

#include <QString>

#include <gumbo.h>

namespace parallax::gumbo {

inline bool isElement(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT;
}

inline bool hasTag(const GumboNode *node, GumboTag tag)
{
    return isElement(node) && node->v.element.tag == tag;
}

/// The attribute's value, or an empty string when it is absent.
inline QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

inline bool isTextNode(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA;
}

/// Concatenated text of every text node below `node`, ASCII whitespace collapsed, trimmed.
/// Iterative so deeply nested markup cannot exhaust the stack.
inline QString textContent(const GumboNode *node)
{
    QByteArray raw;
    QList<const GumboNode *> stack {node};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (isTextNode(n)) {
            raw += n->v.text.text;
        } else if (n->type == GUMBO_NODE_ELEMENT) {
            if (n->v.element.tag == GUMBO_TAG_BR)
                raw += ' ';
            const GumboVector &children = n->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    QString text = QString::fromUtf8(raw);
    // Collapse only ASCII whitespace: a no-break space is part of what the outlet wrote.
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : std::as_const(text)) {
        const bool ascii = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
        if (ascii) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace parallax::gumbo
