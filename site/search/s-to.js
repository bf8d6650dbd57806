DossierSearch.shard("to", {"today":"0.6","toes":"4.6","toe~":"4.6","took":"1.6","tool":"4.8","tough":"1.6"});
