import { MemoryStorage } from '../../src/storage/memory.js';
import { storageContract } from './contract.js';

storageContract('MemoryStorage', () =>
  Promise.resolve({ storage: new MemoryStorage(), cleanup: () => Promise.resolve() }),
);
