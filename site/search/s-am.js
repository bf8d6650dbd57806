DossierSearch.shard("am", {"america":"3.6","american":"1.6","americanism":"1.b","americans":"4.6","american~":"1.7,3.4","amid":"2.4,1.6"});
