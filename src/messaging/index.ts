export { protocol, type Message, type MessageType, type Payload, type Replies, type Reply, type Origin } from './protocol';
export { checkMessage, type SenderInfo, type Checked } from './guard';
export { send } from './client';
