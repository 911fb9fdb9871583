const tiktoken = require('tiktoken-node')

const enc = tiktoken.encodingForModel('text-davinci-003')
console.assert(enc.decode(enc.encode('hello')) === 'hello')
