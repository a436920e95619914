import { speechContract } from '../../shared/src/speech/speech-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { read, readText } from './read.handler';

export const speechFunction = defineHandlers(speechContract, { read, readText });
