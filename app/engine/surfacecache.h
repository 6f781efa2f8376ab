#pragma once

#include <QStringView>

#include <algorithm>
#include <string>
#include <vector>

namespace parallax {

/// \brief The tokenizer's memo of surface text -> (form, stem) ids.
// Open addressing, surfaces kept in one arena, so a repeated word costs one FNV hash and one
// comparison instead of folding, a QHash lookup and a stem lookup. Ids stay valid because the
// Vocabulary only grows. Internal to tokenizer.cpp.
class SurfaceCache final
{
public:
    struct Entry
    {
        quint64 hash = 0;
        int offset = -1; ///< into m_arena; -1 = empty slot
        int length = 0;
        int form = 0;
        int stem = 0;
    };

    static quint64 hashOf(QStringView s)
    {
        quint64 h = 14695981039346656037ull;
        for (const QChar c : s) {
            h ^= c.unicode();
            h *= 1099511628211ull;
        }
        return h;
    }

    const Entry *find(QStringView s, quint64 hash) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            const Entry &e = m_slots[i];
            if (e.offset < 0)
                return nullptr;
            if (e.hash == hash && e.length == s.size()
                && std::equal(s.begin(), s.end(), m_arena.begin() + e.offset,
                              [](QChar a, char16_t b) { return a.unicode() == b; }))
                return &e;
        }
    }

    void insert(QStringView s, quint64 hash, int form, int stem)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        const Entry entry {hash, int(m_arena.size()), int(s.size()), form, stem};
        m_arena.insert(m_arena.end(), s.utf16(), s.utf16() + s.size());
        place(entry);
        ++m_used;
    }

private:
    void place(const Entry &entry)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(entry.hash) & mask;
        while (m_slots[i].offset >= 0)
            i = (i + 1) & mask;
        m_slots[i] = entry;
    }

    void grow()
    {
        std::vector<Entry> old(std::max<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        for (const Entry &e : old) {
            if (e.offset >= 0)
                place(e);
        }
    }

    std::vector<Entry> m_slots;
    std::u16string m_arena;
    size_t m_used = 0;
};

} // namespace parallax
