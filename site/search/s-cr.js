DossierSearch.shard("cr", {"crack":"3.6","creating":"3.6","crimea":"3.6","crisis":"1.6","critical":"2.4,1.4","criticised":"2.6","criticism":"1.6","crucially":"4.6"});
