DossierSearch.shard("am", {"america":"2.6","american":"4.6","americanism":"4.b","americans":"3.6","amid":"1.4,1.6"});
