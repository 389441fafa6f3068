// newsdesk: the command line. See README.md for the commands and exit codes.
#include <algorithm>
#include <iostream>
#include <vector>

#include "command.h"

namespace newsdesk::cli {

namespace {
std::vector<CommandInfo>& Registry() {
  static std::vector<CommandInfo> commands;
  return commands;
}
}  // namespace

bool RegisterCommand(CommandInfo info) {
  Registry().push_back(std::move(info));
  return true;
}

}  // namespace newsdesk::cli

namespace {

int Main(int argc, char** argv) {
  using namespace newsdesk::cli;
  CLI::App app{"newsdesk: multilingual news ingestion into a local SQLite store"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "newsdesk 0.1.0");

  auto commands = Registry();
  std::sort(commands.begin(), commands.end(),
            [](const CommandInfo& a, const CommandInfo& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, std::function<int()>>> runners;
  for (auto& c : commands) {
    CLI::App* sub = app.add_subcommand(c.name, c.description);
    runners.emplace_back(sub, c.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) return run();
  }
  return kExitUsage;
}

}  // namespace

// No exception leaves main: whatever a command or the command line setup throws is
// reported on stderr with exit code 2 instead of std::terminate.
int main(int argc, char** argv) {
  try {
    return Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "newsdesk: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "newsdesk: unknown error\n";
  }
  return newsdesk::cli::kExitUsage;
}
