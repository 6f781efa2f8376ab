#pragma once

#include <QList>

#include <numeric>

namespace parallax {

/// \brief Disjoint sets over 0..n-1 (path halving). The smaller index stays the root, which keeps
/// clusters independent of the order in which pairs are merged: results stay deterministic.
class UnionFind final
{
public:
    explicit UnionFind(int n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }

    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QList<int> m_parent;
};

} // namespace parallax
