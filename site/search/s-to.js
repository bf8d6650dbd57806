DossierSearch.shard("to", {"today":"0.6","toes":"3.6","took":"4.6","tool":"3.8","tough":"4.6"});
