import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch incidents — not available yet',
  async run() { throw new NotAvailableYet('incidents'); },
};
export default command;
