#include "gui/application.h"

int main(int argc, char *argv[])
{
    return Ringside::runApplication(argc, argv);
}
