#include "../session/sessionfixture.h"
#include "annotationcommands.h"
#include "session/sessionio.h"

#include <QTest>
#include <QUndoStack>

using namespace parallax;

class TestAnnotationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoRedoRestoresExactly()
    {
        SessionModel model(makeFixtureSession());
        const QByteArray original = toSessionJson(model.session());
        QList<AnnotationChange::Kind> seen;
        const AnnotationChanged changed = [&](const AnnotationChange &c) { seen.append(c.kind); };
        QUndoStack stack;

        Annotation fresh;
        fresh.documentKey = model.session().documents.at(0).key;
        fresh.paragraph = 1;
        fresh.start = 0;
        fresh.end = 11;
        fresh.note = QStringLiteral("first draft");
        fresh.tag = QStringLiteral("key quote");
        auto *add = new AddAnnotationCommand(model, fresh, changed);
        stack.push(add);
        QVERIFY(add->isValid());
        const QString id = add->annotationId();
        QCOMPARE(id, QStringLiteral("a3"));
        QCOMPARE(model.session().annotations.size(), 3);
        const QByteArray afterAdd = toSessionJson(model.session());

        // Two edits of the same note merge into one undo step.
        Annotation edit = model.session().annotations.at(2);
        edit.note = QStringLiteral("second draft");
        stack.push(new EditAnnotationCommand(model, id, edit, changed));
        edit.note = QStringLiteral("final wording");
        edit.colour = QStringLiteral("#abcdef");
        stack.push(new EditAnnotationCommand(model, id, edit, changed));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(model.session().annotations.at(2).note, QStringLiteral("final wording"));
        const QByteArray afterEdit = toSessionJson(model.session());

        stack.push(new RemoveAnnotationCommand(model, QStringLiteral("a1"), changed));
        QCOMPARE(model.session().annotations.size(), 2);
        QCOMPARE(model.indexOfAnnotation(QStringLiteral("a1")), -1);
        const QByteArray afterRemove = toSessionJson(model.session());

        stack.undo();
        QCOMPARE(toSessionJson(model.session()), afterEdit);
        QCOMPARE(model.indexOfAnnotation(QStringLiteral("a1")), 0); // back at its old place
        stack.undo();
        QCOMPARE(toSessionJson(model.session()), afterAdd);
        stack.undo();
        QCOMPARE(toSessionJson(model.session()), original);
        QVERIFY(!stack.canUndo());

        stack.redo();
        QCOMPARE(toSessionJson(model.session()), afterAdd);
        stack.redo();
        QCOMPARE(toSessionJson(model.session()), afterEdit);
        stack.redo();
        QCOMPARE(toSessionJson(model.session()), afterRemove);

        QCOMPARE(seen.first(), AnnotationChange::Kind::Added);
        QCOMPARE(seen.size(), 4 + 6); // add, edit, edit, remove, then three undos and three redos
    }

    void refusedCommandsChangeNothing()
    {
        SessionModel model(makeFixtureSession());
        const QByteArray original = toSessionJson(model.session());
        QUndoStack stack;
        Annotation bad;
        bad.documentKey = QStringLiteral("k-unknown");
        auto *add = new AddAnnotationCommand(model, bad);
        stack.push(add);
        stack.push(new RemoveAnnotationCommand(model, QStringLiteral("a404")));
        Annotation edit = model.session().annotations.at(0);
        edit.colour = QStringLiteral("not a colour");
        stack.push(new EditAnnotationCommand(model, QStringLiteral("a1"), edit));
        QCOMPARE(toSessionJson(model.session()), original);
        QCOMPARE(stack.count(), 0); // obsolete commands are dropped from the stack
    }
};

QTEST_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
