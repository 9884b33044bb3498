// The claimgraph executable: parses the command line, runs the selected command, and turns
// an error into one line on stderr and an exit code (the only place that catches).
#include <iostream>

int main() {
  std::cout << "claimgraph\n";
  return 0;
}
