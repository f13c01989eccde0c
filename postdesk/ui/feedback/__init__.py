"""The «Обращения» page: the feedback register, registering, answering, deadlines."""
