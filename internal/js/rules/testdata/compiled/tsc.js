"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const express_session_1 = __importDefault(require("express-session"));
const app = (0, express_1.default)();
app.use((0, express_session_1.default)({ // want memstore
    secret: 'compiled-in-secret', // want hardcodedsecret
    cookie: { secure: true, sameSite: 'strict', maxAge: 3600000 },
}));
exports.default = app;
