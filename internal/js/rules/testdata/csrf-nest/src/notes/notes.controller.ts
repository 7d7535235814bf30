import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';

@Controller('notes')
export class NotesController {
  @Get()
  list() {
    return [];
  }

  @Post()
  create(@Body() body: { text: string }) {
    return body;
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return id;
  }
}
