#pragma once

#include <QWidget>

namespace parallax {

/// \brief Explains every highlight with a sample drawn in the current palette's colours.
class LegendWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);

    /// The entries' labels, in drawing order (for tests and accessibility).
    QStringList entries() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace parallax
