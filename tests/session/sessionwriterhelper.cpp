// Helper for tst_savecrash and tst_autosavestore: does one kind of saving until it is killed.
//   sessionwriterhelper loop PATH      save two different big sessions to PATH, alternately
//   sessionwriterhelper autosave DIR   start an autosave slot in DIR, autosave once, then wait
#include "session/autosavestore.h"
#include "session/sessionio.h"
#include "sessionfixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 1;
    if (args.at(1) == u"loop") {
        parallax::Session small = makeFixtureSession(50);
        parallax::Session big = makeFixtureSession(4000);
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        for (quint64 i = 0;; ++i) {
            if (!parallax::saveSession(i % 2 ? big : small, args.at(2)).isEmpty())
                return 3;
        }
    }
    if (args.at(1) == u"autosave") {
        parallax::AutosaveStore store(args.at(2));
        if (!store.begin().isEmpty() || !store.save(makeFixtureSession(), QString()).isEmpty())
            return 3;
        std::fputs("saved\n", stdout);
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    return 1;
}
