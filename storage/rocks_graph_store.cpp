// Placeholder until RocksGraphStore lands.
